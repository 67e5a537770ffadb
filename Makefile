# vanban: make test | make demo | make bench   (see scripts/ and bench/)
PY := .venv/bin/python
export PREFECT_SERVER_ANALYTICS_ENABLED := false
export OMP_THREAD_LIMIT := 1

.PHONY: test demo bench bench-quick

test:
	bash scripts/test.sh

demo:
	bash scripts/demo.sh

# the speed table of issue 8 (~10 minutes on two cores); bench-quick: a 30-page batch
bench:
	$(PY) -m bench speed

bench-quick:
	$(PY) -m bench speed --quick
