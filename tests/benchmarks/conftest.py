def pytest_configure(config):
    config.addinivalue_line(
        "markers", "benchmark: runs the benchmark suite's quick mode (python -m benchmarks --quick)"
    )
