"""`python -m thankyou`: the command line, a thin shell around the façade."""

from thankyou.cli import main

raise SystemExit(main())
