package io.keystonebi.api.webhooks;

import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.Import;

import io.keystonebi.etl.ghl.webhooks.GhlWebhookConfiguration;

/** GHL webhooks from the outside: the endpoint over the etl module's signature check and inbox. */
@Configuration(proxyBeanMethods = false)
@Import({ GhlWebhookConfiguration.class, GhlWebhookController.class, WebhookAdminController.class })
public class GhlWebhookApiConfiguration {

}
