"""`python -m annotate`: the same CLI as the `annotate` console script."""

from annotate.cli import app

app(prog_name="annotate")
