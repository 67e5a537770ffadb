"""vanban's benchmarks: accuracy and speed tables (`python -m bench`)."""
