"""The appraisal and volunteer rules as pure functions and dataclasses.

Nothing in this package imports Qt, SQLAlchemy or any other part of CentreDesk, so the
rules can be read, tested and reused on their own (tests/model/test_purity.py checks it).
"""
