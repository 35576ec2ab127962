/** Column mappings: their YAML format, parsing, checks and the rules that turn cells into field values. */
package io.keystonebi.etl.imports.mapping;
