/** The shared Redis, and how the application carries on when it is absent or down. */
package io.keystonebi.api.redis;
