"""CentreDesk: staff, workload, volunteers and month-end pay for a community health centre."""

__version__ = "0.1.0"
APP_NAME = "CentreDesk"
