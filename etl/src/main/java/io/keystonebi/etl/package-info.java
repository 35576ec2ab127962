/** Spring Batch jobs that bring data into the warehouse and keep rollups and analytics fresh. */
package io.keystonebi.etl;
