/** The rate limit: requests per user or client address per minute, shared across nodes through Redis. */
package io.keystonebi.api.ratelimit;
