/**
 * Personal data at rest: AES-256-GCM encryption of single values under rotating keys, keyed search digests
 * (blind indexes) that find contacts by e-mail or phone without decrypting, and the jobs that encrypt what was
 * stored before and re-encrypt under a new key.
 */
package io.keystonebi.sql.pii;
