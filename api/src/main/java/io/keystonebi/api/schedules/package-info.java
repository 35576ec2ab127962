/** Report schedules and their delivery log in the API and the admin pages, and the public unsubscribe page. */
package io.keystonebi.api.schedules;
