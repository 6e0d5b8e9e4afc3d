#!/usr/bin/env python3
# SPDX-License-Identifier: MIT
"""Validate plan YAML files against one of the JSON Schemas in schemas/.

Usage: check_schema.py [--expect-fail] [--all] SCHEMA FILE...

Each FILE is read the way plan files are read (schemas/README.md): YAML 1.2 core schema,
so `2.2` is a number, `2017-04-14` is a string and `yes`/`no`/`on`/`off` are strings;
anchors, aliases, tags (other than the non-specific `!`), duplicate keys and extra
documents are rejected. Mapping keys are taken as the text written, as editors do.
Each file is then validated with jsonschema's Draft 2020-12 validator, formats checked.

One line per file on stdout:
    PASS path
    FAIL path: <error path>: <message> (line N)
    ERROR path: <why it could not be read as YAML>
Exit status: 0 when every file passes, 1 when any fails, 2 on a usage error, an unusable
schema, or a file that cannot be read as YAML. With --expect-fail every file is expected
to fail validation: exit 0 when all of them fail, 1 when any passes.
With --all, every further validation error of a failing file is printed on an indented line.
"""

import argparse
import json
import re
import sys

import jsonschema
import yaml
from yaml.composer import ComposerError
from yaml.constructor import ConstructorError
from yaml.events import AliasEvent, CollectionStartEvent, ScalarEvent
from yaml.nodes import MappingNode, ScalarNode, SequenceNode


class PlanLoader(yaml.SafeLoader):
    """A SafeLoader that types plain scalars by the YAML 1.2 core schema."""

    # Start from no implicit resolvers at all: YAML 1.1's timestamps, yes/no/on/off booleans,
    # sexagesimal and 0-prefixed octal numbers, `=` and the `<<` merge key are all gone.
    yaml_implicit_resolvers = {}

    # --- composing: reject what plan files never use ------------------------------------

    def compose_node(self, parent, index):
        event = self.peek_event()
        if isinstance(event, AliasEvent):
            raise ComposerError(None, None, "aliases are not allowed in plan files",
                                event.start_mark)
        if isinstance(event, (ScalarEvent, CollectionStartEvent)):
            if event.anchor is not None:
                raise ComposerError(None, None, "anchors are not allowed in plan files",
                                    event.start_mark)
            if event.tag is not None and event.tag != "!":
                raise ComposerError(None, None,
                                    f"tags are not allowed in plan files (found {event.tag!r})",
                                    event.start_mark)
            if isinstance(event, ScalarEvent) and event.tag == "!":
                # The non-specific tag: the scalar is a string, as a quoted one would be.
                event.tag = "tag:yaml.org,2002:str"
        return super().compose_node(parent, index)

    # --- constructing ---------------------------------------------------------------------

    def construct_mapping(self, node, deep=False):
        if not isinstance(node, MappingNode):
            raise ConstructorError(None, None, f"expected a mapping, found {node.id}",
                                   node.start_mark)
        mapping = {}
        first_seen = {}
        for key_node, value_node in node.value:
            if not isinstance(key_node, ScalarNode):
                raise ConstructorError(None, None, "mapping keys must be plain strings",
                                       key_node.start_mark)
            key = key_node.value
            if key in first_seen:
                raise ConstructorError(
                    None, None,
                    f"duplicate key {key!r} (first at line {first_seen[key].line + 1})",
                    key_node.start_mark)
            first_seen[key] = key_node.start_mark
            mapping[key] = self.construct_object(value_node, deep=deep)
        return mapping

    def construct_core_int(self, node):
        text = self.construct_scalar(node)
        if text.startswith("0o"):
            return int(text[2:], 8)
        if text.startswith("0x"):
            return int(text[2:], 16)
        return int(text, 10)  # decimal, even with leading zeros (YAML 1.2)


# The YAML 1.2 core schema (https://yaml.org/spec/1.2.2/#1023-core-schema).
PlanLoader.add_implicit_resolver(
    "tag:yaml.org,2002:null", re.compile(r"^(?:~|null|Null|NULL|)$"), ["~", "n", "N", ""])
PlanLoader.add_implicit_resolver(
    "tag:yaml.org,2002:bool", re.compile(r"^(?:true|True|TRUE|false|False|FALSE)$"),
    list("tTfF"))
PlanLoader.add_implicit_resolver(
    "tag:yaml.org,2002:int", re.compile(r"^(?:[-+]?[0-9]+|0o[0-7]+|0x[0-9a-fA-F]+)$"),
    list("-+0123456789"))
PlanLoader.add_implicit_resolver(
    "tag:yaml.org,2002:float",
    re.compile(r"^(?:[-+]?(?:\.[0-9]+|[0-9]+(?:\.[0-9]*)?)(?:[eE][-+]?[0-9]+)?"
               r"|[-+]?\.(?:inf|Inf|INF)|\.(?:nan|NaN|NAN))$"),
    list("-+0123456789."))
PlanLoader.add_constructor("tag:yaml.org,2002:int", PlanLoader.construct_core_int)


class YamlReadError(Exception):
    pass


def load_plan_yaml(path):
    """Returns (data, root node) of the single document in `path`; data is None when empty."""
    try:
        with open(path, "rb") as f:
            raw = f.read()
    except OSError as e:
        raise YamlReadError(e.strerror or str(e)) from e
    try:
        text = raw.decode("utf-8")
    except UnicodeDecodeError as e:
        raise YamlReadError(f"invalid UTF-8 at byte {e.start}") from e
    try:
        loader = PlanLoader(text)
    except yaml.YAMLError as e:  # the reader refuses a NUL or other control character at once
        raise YamlReadError(str(e).replace("\n", " ")) from e
    try:
        node = loader.get_single_node()
        data = loader.construct_document(node) if node is not None else None
        return data, node
    except yaml.MarkedYAMLError as e:
        raise YamlReadError(describe_yaml_error(e)) from e
    except yaml.YAMLError as e:
        raise YamlReadError(str(e).replace("\n", " ")) from e
    finally:
        loader.dispose()


def describe_yaml_error(e):
    mark = e.problem_mark or e.context_mark
    what = " ".join(part for part in (e.context, e.problem) if part) or "YAML error"
    if mark is not None:
        return f"line {mark.line + 1} column {mark.column + 1}: {what}"
    return what


# --- reporting ------------------------------------------------------------------------------

_IDENT = re.compile(r"^[A-Za-z_][A-Za-z0-9_-]*$")


def format_path(path):
    out = "$"
    for part in path:
        if isinstance(part, int):
            out += f"[{part}]"
        elif _IDENT.match(part):
            out += f".{part}"
        else:
            out += "[" + json.dumps(part, ensure_ascii=False) + "]"
    return out


def node_at(node, path):
    """The YAML node at a JSON path, or the deepest one found on the way."""
    for part in path:
        if isinstance(node, MappingNode):
            child = next((v for k, v in node.value
                          if isinstance(k, ScalarNode) and k.value == part), None)
            if child is None:
                # The error is about a key: point at the key itself when it exists.
                return next((k for k, _ in node.value
                             if isinstance(k, ScalarNode) and k.value == part), node)
            node = child
        elif isinstance(node, SequenceNode) and isinstance(part, int) and part < len(node.value):
            node = node.value[part]
        else:
            break
    return node


def shorten(value):
    text = repr(value)
    if isinstance(value, dict) and len(text) > 60:
        return "{…}"
    if isinstance(value, list) and len(text) > 60:
        return "[…]"
    return text


def describe(error):
    """A one-line message for a jsonschema ValidationError."""
    if error.validator is None and error.schema is False and error.path:
        # A `false` subschema under properties: the key is forbidden in this context.
        schema_path = list(error.relative_schema_path)
        if "dependentSchemas" in schema_path[:-1]:
            trigger = schema_path[schema_path.index("dependentSchemas") + 1]
            return f"{error.path[-1]!r} is not allowed together with {trigger!r}"
        return f"{error.path[-1]!r} is not allowed here"
    if error.validator == "additionalProperties" and isinstance(error.instance, dict):
        allowed = set(error.schema.get("properties", {}))
        extra = sorted(k for k in error.instance if k not in allowed)
        if extra and error.schema.get("additionalProperties") is False:
            return ("unknown key" + ("s " if len(extra) > 1 else " ")
                    + ", ".join(repr(k) for k in extra)
                    + " (allowed: " + ", ".join(sorted(allowed)) + ")")
    if error.validator in ("anyOf", "oneOf") and error.context:
        required = [e.validator_value for e in error.context if e.validator == "required"]
        if len(required) == len(error.context):
            keys = [k for r in required for k in r]
            return "needs at least one of " + ", ".join(repr(k) for k in keys)
        message = error.message.replace(repr(error.instance), shorten(error.instance), 1)
        reasons = []
        for e in error.context:
            reason = e.message.replace(repr(e.instance), shorten(e.instance), 1)
            if e.relative_path:
                reason = f"{format_path(e.relative_path)[1:] or '$'}: {reason}"
            if reason not in reasons:
                reasons.append(reason)
        return f"{message} ({'; '.join(reasons)})"
    return error.message.replace(repr(error.instance), shorten(error.instance), 1)


def error_line(error, root):
    if root is None:
        return ""
    node = node_at(root, list(error.absolute_path))
    return f" (line {node.start_mark.line + 1})"


def main(argv):
    parser = argparse.ArgumentParser(
        description="Validate plan YAML files (read as YAML 1.2 core) against a JSON Schema.")
    parser.add_argument("--expect-fail", action="store_true",
                        help="every file is expected to fail validation")
    parser.add_argument("--all", action="store_true",
                        help="print every validation error of a failing file")
    parser.add_argument("schema", help="the JSON Schema file")
    parser.add_argument("files", nargs="+", metavar="file", help="YAML files to validate")
    args = parser.parse_args(argv)

    try:
        with open(args.schema, encoding="utf-8") as f:
            schema = json.load(f)
        jsonschema.Draft202012Validator.check_schema(schema)
    except (OSError, ValueError, jsonschema.SchemaError) as e:
        message = getattr(e, "message", None) or str(e).splitlines()[0]
        print(f"ERROR {args.schema}: unusable schema: {message}")
        return 2
    validator = jsonschema.Draft202012Validator(
        schema, format_checker=jsonschema.FormatChecker())

    unreadable = False
    unexpected = False
    for path in args.files:
        try:
            data, root = load_plan_yaml(path)
        except YamlReadError as e:
            print(f"ERROR {path}: {e}")
            unreadable = True
            continue
        errors = list(validator.iter_errors(data))
        if not errors:
            print(f"PASS {path}")
            if args.expect_fail:
                print(f"{path}: validates, but was expected to fail", file=sys.stderr)
                unexpected = True
            continue
        best = jsonschema.exceptions.best_match(errors)
        print(f"FAIL {path}: {format_path(best.absolute_path)}: {describe(best)}"
              f"{error_line(best, root)}")
        if args.all:
            top = best
            while top.parent is not None:
                top = top.parent
            for e in errors:
                if e is not top:
                    print(f"    {format_path(e.absolute_path)}: {describe(e)}{error_line(e, root)}")
        if not args.expect_fail:
            unexpected = True
    sys.stdout.flush()
    if unreadable:
        return 2
    return 1 if unexpected else 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
