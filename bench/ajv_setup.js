// SPDX-License-Identifier: MIT
// Loaded by ajv-cli with `-c`: the setup the project's schemas and YAML files need.
//
// 1. Formats: the schemas use `format: date`; ajv 8 knows no formats by itself (strict mode
//    refuses an unknown one), so ajv-formats adds them, as `-c ajv-formats` would.
// 2. YAML 1.2: ajv-cli 5 reads .yaml data with js-yaml 3's safeLoad, whose default schema is
//    YAML 1.1 and turns `issued: 2017-04-14` into a Date, which `type: string` rejects. Plan
//    files are YAML 1.2 (schemas/README.md), so safeLoad is pointed at js-yaml's CORE_SCHEMA
//    (null, bool, int, float; no timestamps). Same parser, fewer implicit types: no slower.
const yaml = require("js-yaml");
const addFormats = require("ajv-formats");

const safeLoad = yaml.safeLoad;
yaml.safeLoad = (text, options) => safeLoad(text, { schema: yaml.CORE_SCHEMA, ...options });

module.exports = (ajv) => addFormats(ajv);
