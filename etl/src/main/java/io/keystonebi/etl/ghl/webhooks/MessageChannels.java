package io.keystonebi.etl.ghl.webhooks;

import java.util.Locale;
import java.util.Map;

/**
 * One spelling of a message's channel for webhook types ({@code SMS}, {@code CALL}, {@code VoiceMail},
 * {@code Email}, ...) and API types ({@code TYPE_SMS}, {@code TYPE_CALL}, ...), so counts per channel do not
 * depend on how a message arrived.
 */
public final class MessageChannels {

	private static final Map<String, String> CHANNELS = Map.ofEntries(Map.entry("sms", "sms"),
			Map.entry("call", "call"), Map.entry("voicemail", "voicemail"), Map.entry("email", "email"),
			Map.entry("gmb", "gmb"), Map.entry("fb", "facebook"), Map.entry("facebook", "facebook"),
			Map.entry("ig", "instagram"), Map.entry("instagram", "instagram"), Map.entry("whatsapp", "whatsapp"),
			Map.entry("livechat", "live_chat"), Map.entry("webchat", "live_chat"), Map.entry("review", "review"));

	private MessageChannels() {
	}

	/**
	 * @param messageType GHL's message type, from a webhook or the API
	 * @return the channel ({@code sms}, {@code email}, {@code call}, {@code voicemail}, {@code facebook},
	 * {@code instagram}, {@code whatsapp}, {@code gmb}, {@code live_chat}, {@code review}), the type in lower
	 * case when it names another channel (activity entries, ...), or null when there is no type
	 */
	public static String of(String messageType) {
		if (messageType == null || messageType.isBlank()) {
			return null;
		}
		String key = messageType.toLowerCase(Locale.ROOT).replaceFirst("^type_", "").replaceAll("[ _-]", "");
		return CHANNELS.getOrDefault(key, messageType.toLowerCase(Locale.ROOT).replaceFirst("^type_", ""));
	}

}
