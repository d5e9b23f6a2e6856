"""Every use of an upstream library's internals, one module per upstream.

Each function names the private API it wraps, why the site needs it, and what upstream change
would let it go; tests/compat/ fails when the upstream behaviour it relies on changes. Code
elsewhere calls these functions and never the private APIs themselves.
"""
