/**
 * Warehouse upserts of GoHighLevel objects, shared by the webhook drain and the API sync: each takes a row
 * record keyed by GHL ids (references to other objects as their GHL ids, resolved in SQL) and follows "newer
 * wins" on {@code source_updated_at}. A delete is an upsert whose row carries {@code deletedAt}, so an older
 * version arriving later can neither overwrite nor resurrect it; at equal times a deleted version wins.
 */
package io.keystonebi.sql.ghl.warehouse;
