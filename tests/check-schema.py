#!/usr/bin/python3
# SPDX-License-Identifier: LGPL-2.1-or-later
"""Check aict/1 files against the JSON Schema, printing TAP.

Usage:
  check-schema.py SCHEMA FILE...                   each FILE must be valid
  check-schema.py --expect-invalid SCHEMA FILE...  each FILE must be invalid

The schema itself is checked first (draft 2020-12 metaschema); if it is
broken the run bails out.  Each FILE is read as strict JSON (UTF-8 without
BOM, unique member names, no NaN/Infinity) and validated.  A failing file
is reported with the JSON path and message of its first error.  Exits 0 when
every test passed, 1 otherwise (also when the jsonschema module is missing:
the set-up installs it, so that is a broken environment, not a skip) and 2
on a usage error.  Run it with Debian's /usr/bin/python3, which has
python3-jsonschema.
"""

import json
import re
import sys

MAX_MESSAGE = 300


def usage(message=None):
    if message:
        print("check-schema.py: " + message, file=sys.stderr)
    print("usage: check-schema.py [--expect-invalid] SCHEMA FILE...",
          file=sys.stderr)
    sys.exit(2)


def parse_args(argv):
    expect_invalid = False
    positional = []
    only_files = False
    for arg in argv:
        if only_files:
            positional.append(arg)
        elif arg == "--":
            only_files = True
        elif arg == "--expect-invalid":
            expect_invalid = True
        elif arg in ("-h", "--help"):
            print(__doc__.strip())
            sys.exit(0)
        elif arg.startswith("-") and arg != "-":
            usage("unknown option " + arg)
        else:
            positional.append(arg)
    if len(positional) < 2:
        usage("need a schema and at least one file")
    return expect_invalid, positional[0], positional[1:]


class NotJson(Exception):
    pass


def _no_duplicates(pairs):
    obj = {}
    for key, value in pairs:
        if key in obj:
            raise NotJson("duplicate member name %r" % key)
        obj[key] = value
    return obj


def _no_constant(name):
    raise NotJson("%s is not JSON" % name)


def load_json(path):
    """Strict JSON: what the library itself would refuse to parse is an error."""
    try:
        with open(path, "rb") as f:
            data = f.read()
    except OSError as e:
        raise NotJson("cannot read it: " + (e.strerror or str(e)))
    if data.startswith(b"\xef\xbb\xbf"):
        raise NotJson("not JSON: starts with a byte order mark")
    try:
        text = data.decode("utf-8")
    except UnicodeDecodeError as e:
        raise NotJson("not JSON: invalid UTF-8 at byte %d" % e.start)
    try:
        return json.loads(text, object_pairs_hook=_no_duplicates,
                          parse_constant=_no_constant)
    except NotJson as e:
        raise NotJson("not JSON: %s" % e)
    except json.JSONDecodeError as e:
        raise NotJson("not JSON: line %d column %d: %s"
                      % (e.lineno, e.colno, e.msg))


_PLAIN_NAME = re.compile(r"^[A-Za-z_][A-Za-z0-9_]*$")


def json_path(elements):
    """The path the way libaict writes it: $.a[0].b, or ['odd name']."""
    out = "$"
    for elem in elements:
        if isinstance(elem, int):
            out += "[%d]" % elem
        elif _PLAIN_NAME.match(elem):
            out += "." + elem
        else:
            out += "['" + elem.replace("\\", "\\\\").replace("'", "\\'") + "']"
    return out


def _path_key(error):
    # Document order for arrays (members sort after indexes, by name), and
    # a value's own errors after those inside it: the most precise first.
    return [(0, e, "") if isinstance(e, int) else (1, 0, e)
            for e in error.absolute_path] + [(2, 0, "")]


def _is_null_branch(error):
    # The error of the {"type": "null"} alternative of an optional member.
    return (error.validator == "type" and error.validator_value == "null"
            and len(error.relative_schema_path) == 2)


def _shorten(text):
    text = " ".join(text.split())
    if len(text) > MAX_MESSAGE:
        text = text[:MAX_MESSAGE - 1] + "…"
    return text


def tap(text):
    """A test description: one line, and no '#' that TAP would read as a
    directive (# SKIP, # TODO)."""
    return " ".join(text.split()).replace("#", "\\#")


def _message(error):
    if error.validator == "additionalProperties":
        # jsonschema's message repeats the whole object; name the members.
        extra = sorted(k for k in error.instance
                       if k not in error.schema.get("properties", {}))
        return "unknown member%s %s" % ("s" if len(extra) > 1 else "",
                                        ", ".join(repr(k) for k in extra))
    if error.validator == "oneOf" and not error.context:
        return "matches more than one of: " + "; ".join(
            s.get("title", "?") for s in error.validator_value)
    if error.validator == "type":
        # JSON spelling (null, true), not Python's (None, True).
        expected = error.validator_value
        if isinstance(expected, list):
            expected = " or ".join(expected)
        return _shorten("%s is not of type %s" % (
            json.dumps(error.instance, ensure_ascii=False), expected))
    return _shorten(error.message)


def _rule_title(root, error):
    """The title of the innermost titled subschema the error comes from
    (e.g. "an action has an owner").  jsonschema leaves $ref out of schema
    paths, so local references are followed wherever the path goes on."""
    def resolve(node):
        seen = 0
        while isinstance(node, dict) and "$ref" in node and seen < 32:
            target = node["$ref"]
            if not target.startswith("#/"):
                return None
            node = root
            for part in target[2:].split("/"):
                node = node.get(part) if isinstance(node, dict) else None
            seen += 1
        return node

    node, title = root, None
    for key in error.absolute_schema_path:
        if key == "$ref":
            continue
        if not (isinstance(node, dict) and key in node) \
                and not isinstance(node, list):
            node = resolve(node)
        try:
            node = node[key]
        except (KeyError, IndexError, TypeError):
            return title
        if isinstance(node, dict) and isinstance(node.get("title"), str):
            title = node["title"]
    return title


def explain(error):
    """Descend anyOf/oneOf to the error that says what is wrong."""
    while error.validator in ("anyOf", "oneOf") and error.context:
        branches = {}
        for sub in error.context:
            if _is_null_branch(sub):
                continue
            branches.setdefault(sub.relative_schema_path[0], []).append(sub)
        if len(branches) == 1:
            # One real alternative (the other was null): its first error.
            subs = next(iter(branches.values()))
            error = sorted(subs, key=_path_key)[0]
            continue
        if not branches:
            break
        parts = []
        for index in sorted(branches):
            branch = error.validator_value[index]
            sub = sorted(branches[index], key=_path_key)[0]
            label = branch.get("title") if isinstance(branch, dict) else None
            path, msg = explain(sub)
            parts.append("%s%s: %s" % ("[" + label + "] " if label else "",
                                        path, msg))
        return json_path(error.absolute_path), \
            "matches none of the alternatives: " + " | ".join(parts)
    return json_path(error.absolute_path), _message(error)


def first_error(validator, instance):
    errors = sorted(validator.iter_errors(instance), key=_path_key)
    if not errors:
        return None, 0
    path, message = explain(errors[0])
    title = _rule_title(validator.schema, errors[0])
    if title and errors[0].validator not in ("anyOf", "oneOf") \
            and title != validator.schema.get("title"):
        message += " (" + title + ")"
    return (path, message), len(errors)


def main(argv):
    expect_invalid, schema_path, files = parse_args(argv)
    try:
        import jsonschema
    except ImportError as e:
        # scripts/setup-deps.sh installs python3-jsonschema: its absence is
        # a broken set-up, never a reason to skip the schema checks.
        print("Bail out! python jsonschema module not available (%s); "
              "run with /usr/bin/python3 and install python3-jsonschema" % e)
        return 1
    validator_class = getattr(jsonschema, "Draft202012Validator", None)
    if validator_class is None:
        print("Bail out! this jsonschema has no draft 2020-12 support")
        return 1

    try:
        schema = load_json(schema_path)
        validator_class.check_schema(schema)
    except NotJson as e:
        print("Bail out! %s: %s" % (schema_path, e))
        return 1
    except jsonschema.exceptions.SchemaError as e:
        print("Bail out! %s: not a valid draft 2020-12 schema: %s: %s"
              % (schema_path, json_path(e.absolute_path), _shorten(e.message)))
        return 1
    validator = validator_class(schema)

    print("1..%d" % len(files))
    print("# schema %s (%s)" % (schema_path, schema.get("$id", "no $id")))
    failed = 0
    for number, path in enumerate(files, 1):
        name = path
        try:
            instance = load_json(path)
        except NotJson as e:
            print("not ok %d - %s" % (number, tap("%s: %s" % (name, e))))
            failed += 1
            continue
        found, count = first_error(validator, instance)
        more = " (and %d more)" % (count - 1) if count > 1 else ""
        if expect_invalid:
            if found:
                print("ok %d - %s" % (number, tap("%s (rejected: %s: %s%s)" % (
                    name, found[0], found[1], more))))
            else:
                print("not ok %d - %s" % (number, tap(
                    "%s: the schema accepts it, it should be rejected" % name)))
                failed += 1
        else:
            if found:
                print("not ok %d - %s" % (number, tap("%s: %s: %s%s" % (
                    name, found[0], found[1], more))))
                failed += 1
            else:
                print("ok %d - %s" % (number, tap(name)))
    if failed:
        print("# %d of %d failed" % (failed, len(files)))
    return 1 if failed else 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
