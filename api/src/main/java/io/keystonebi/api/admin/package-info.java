/** Administration of accounts and teams: the admin API under {@code /api/v1/admin} and the pages under {@code /admin}. */
package io.keystonebi.api.admin;
