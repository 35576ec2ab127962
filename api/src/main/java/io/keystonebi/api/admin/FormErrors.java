package io.keystonebi.api.admin;

import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import jakarta.validation.ConstraintViolation;
import jakarta.validation.Validator;

import org.springframework.validation.BindingResult;
import org.springframework.validation.FieldError;

/**
 * The messages an admin page shows beside its fields, keyed by the form field's name. The pages check a form with
 * the same rules as the API ({@link Validator} on the same request records, then the services' own checks), so a
 * value the API refuses is refused on the page with the same words.
 */
final class FormErrors {

	private static final Pattern SNAKE = Pattern.compile("_([a-z])");

	private final Map<String, String> byField = new LinkedHashMap<>();

	/** @return the binding's type errors (a number that is not one), by field */
	static FormErrors of(BindingResult binding) {
		FormErrors errors = new FormErrors();
		for (FieldError error : binding.getFieldErrors()) {
			errors.byField.putIfAbsent(error.getField(), "has a value of the wrong type.");
		}
		return errors;
	}

	/** Adds the bean validation failures of the request, by field. */
	<T> FormErrors validate(Validator validator, T request) {
		for (ConstraintViolation<T> violation : validator.validate(request)) {
			String path = violation.getPropertyPath().toString();
			String field = path.contains("[") ? path.substring(0, path.indexOf('[')) : path;
			this.byField.putIfAbsent(field, violation.getMessage() + ".");
		}
		return this;
	}

	/**
	 * @param field the API's name of the field at fault, e.g. {@code display_name}
	 * @param message what is wrong with it
	 */
	void reject(String field, String message) {
		this.byField.put(camel(field), message);
	}

	boolean isEmpty() {
		return this.byField.isEmpty();
	}

	/** @return the messages by form field name, for the template */
	Map<String, String> asMap() {
		return this.byField;
	}

	private static String camel(String field) {
		Matcher matcher = SNAKE.matcher(field.toLowerCase(Locale.ROOT));
		StringBuilder name = new StringBuilder();
		while (matcher.find()) {
			matcher.appendReplacement(name, matcher.group(1).toUpperCase(Locale.ROOT));
		}
		return matcher.appendTail(name).toString();
	}

}
