/** Admin operations on the dashboard rollups: refresh touched slices now, or rebuild them all. */
package io.keystonebi.api.rollups;
