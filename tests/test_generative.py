"""Generative convergence: random schema pairs converge in both directions.

Pair i of a run is `generate_pair(seed + i)` (tests/generative/): a random schema A of
every supported kind and B, A with a few random edits. Each pair is built in two
databases and checked with the same steps as the fixture cases (`assert_converges`),
A -> B and B -> A. CI runs 200 pairs from a fixed seed; `--seed N --pairs M` explores
others. A failure names its seed and shows the pair shrunk by delta debugging, ready to
paste into tests/cases/<name>/{before,after}.sql.
"""

from __future__ import annotations

import time

import pytest

from generative import generate_pair
from generative.check import BuildError, check, minimize_failure

DATABASES = ("gen_current", "gen_target")


def pytest_generate_tests(metafunc):
    if "pair_seed" in metafunc.fixturenames:
        first, count = metafunc.config.getoption("seed"), metafunc.config.getoption("pairs")
        metafunc.parametrize("pair_seed", range(first, first + count), ids=str)


@pytest.fixture(scope="module")
def pair_databases(pg_server):
    for name in DATABASES:
        pg_server.drop_database(name)
    yield tuple(pg_server.create_database(name) for name in DATABASES)
    for name in DATABASES:
        pg_server.drop_database(name)


def test_pair_converges(pair_seed, pair_databases, pg_server, request):
    pair = generate_pair(pair_seed)
    shadow = pg_server.dsn("postgres")
    try:
        failure = check(pair.before, pair.after, pair_databases, shadow)
    except BuildError as exc:
        pytest.fail(f"seed {pair_seed}: the generator wrote SQL that does not run (a generator bug):\n{exc}", pytrace=False)
    if failure is None:
        return
    started = time.monotonic()
    budget = request.config.getoption("minimize_seconds")
    current, target = minimize_failure(pair, failure, pair_databases, shadow, budget)
    pytest.fail(
        f"seed {pair_seed} ({', '.join(pair.edits)}) does not converge {failure.direction}: {failure.signature}\n"
        f"reproduce: pytest tests/test_generative.py --seed {pair_seed} --pairs 1\n"
        f"{failure.message[:4000]}\n\n"
        f"minimized in {time.monotonic() - started:.0f} s (tests/cases/<name>/):\n"
        "-- before.sql\n" + "\n".join(current) + "\n-- after.sql\n" + "\n".join(target),
        pytrace=False,
    )
