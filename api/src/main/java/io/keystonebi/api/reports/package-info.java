/**
 * Custom reports in the API and the web app: the catalogue a builder offers, saved and shared definitions, previews,
 * files made on demand and their downloads, each for the caller's own data scope.
 */
package io.keystonebi.api.reports;
