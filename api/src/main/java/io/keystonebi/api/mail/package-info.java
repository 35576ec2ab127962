/**
 * Outgoing mail of the default run: with no SMTP relay configured, an SMTP server in the process keeps every
 * message the application sends, and administrators read them at {@code /admin/outbox}.
 */
package io.keystonebi.api.mail;
