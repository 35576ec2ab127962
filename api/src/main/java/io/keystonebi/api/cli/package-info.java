/** Commands run from the command line ({@code java -jar app.jar <command> ...}) instead of serving. */
package io.keystonebi.api.cli;
