/** What an import can load: each target's fields and the SQL that stages and merges its rows. */
package io.keystonebi.etl.imports.targets;
