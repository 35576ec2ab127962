/** The append-only, hash-chained audit log ({@code audit_log}): appending, searching and checking the chain. */
package io.keystonebi.sql.audit;
