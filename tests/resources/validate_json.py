#!/usr/bin/python3
"""Validate a JSON document against a JSON schema (draft-04 or later).

Usage: validate_json.py SCHEMA DOCUMENT
Exit 0 when valid; otherwise print every error (path and message) and exit 1.
Uses Debian's python3-jsonschema; the validator class follows the schema's
$schema, and format checks (uri, uri-reference …) are on.
"""
import json
import sys

import jsonschema


def main(schema_path, document_path):
    with open(schema_path, encoding="utf-8") as f:
        schema = json.load(f)
    with open(document_path, encoding="utf-8") as f:
        document = json.load(f)
    cls = jsonschema.validators.validator_for(schema)
    cls.check_schema(schema)
    validator = cls(schema, format_checker=cls.FORMAT_CHECKER)
    errors = sorted(validator.iter_errors(document), key=lambda e: list(e.absolute_path))
    for e in errors:
        print("%s: %s" % ("/".join(str(p) for p in e.absolute_path) or "(root)", e.message))
    return 1 if errors else 0


if __name__ == "__main__":
    if len(sys.argv) != 3:
        sys.exit(__doc__)
    sys.exit(main(sys.argv[1], sys.argv[2]))
