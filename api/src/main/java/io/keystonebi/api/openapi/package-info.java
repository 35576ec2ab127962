/** The API's OpenAPI 3.1 description: who may call each operation, examples of what it takes and answers, its problems. */
package io.keystonebi.api.openapi;
