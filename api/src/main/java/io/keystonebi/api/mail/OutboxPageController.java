package io.keystonebi.api.mail;

import java.nio.charset.StandardCharsets;
import java.util.List;

import jakarta.servlet.http.HttpServletResponse;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.mail.autoconfigure.MailProperties;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;

import io.keystonebi.api.security.Caller;

/**
 * {@code /admin/outbox}: the messages the embedded mail catcher kept, with their text, their HTML and their
 * attachments. With an SMTP relay configured there is no outbox, and the page says where mail goes instead.
 * Administrators only (the security configuration).
 */
@Controller
@RequestMapping("/admin/outbox")
class OutboxPageController {

	// An e-mail's HTML is shown as sent but may not run scripts, load anything or reach this application's pages.
	private static final String HTML_POLICY = "sandbox; default-src 'none'; img-src data:; style-src 'unsafe-inline'";

	private final ObjectProvider<MailCatcher> catcher;

	private final ObjectProvider<MailProperties> mail;

	OutboxPageController(ObjectProvider<MailCatcher> catcher, ObjectProvider<MailProperties> mail) {
		this.catcher = catcher;
		this.mail = mail;
	}

	@GetMapping
	String outbox(Caller caller, Model model) {
		model.addAttribute("caller", caller);
		MailCatcher catcher = this.catcher.getIfAvailable();
		model.addAttribute("catching", catcher != null);
		model.addAttribute("relay", relay());
		model.addAttribute("messages", (catcher != null) ? catcher.messages() : List.of());
		return "admin/outbox";
	}

	@GetMapping("/{number}")
	String message(@PathVariable("number") int number, Caller caller, Model model) {
		model.addAttribute("caller", caller);
		model.addAttribute("message", find(number));
		return "admin/outbox-message";
	}

	@GetMapping("/{number}/html")
	ResponseEntity<String> html(@PathVariable("number") int number) {
		CaughtMail message = find(number);
		if (message.html() == null) {
			throw new NoSuchMessageException("Message " + number + " has no HTML part.");
		}
		return ResponseEntity.ok()
			.header("Content-Security-Policy", HTML_POLICY)
			.contentType(new MediaType(MediaType.TEXT_HTML, StandardCharsets.UTF_8))
			.body(message.html());
	}

	@GetMapping("/{number}/attachments/{index}")
	ResponseEntity<byte[]> attachment(@PathVariable("number") int number, @PathVariable("index") int index) {
		CaughtMail message = find(number);
		if (index < 1 || index > message.attachments().size()) {
			throw new NoSuchMessageException("Message " + number + " has no attachment " + index + ".");
		}
		CaughtMail.Attachment file = message.attachments().get(index - 1);
		return ResponseEntity.ok()
			.header(HttpHeaders.CONTENT_DISPOSITION,
					ContentDisposition.attachment().filename(file.name(), StandardCharsets.UTF_8).build().toString())
			.contentType(MediaType.parseMediaType(file.contentType()))
			.body(file.content());
	}

	@PostMapping("/clear")
	String clear() {
		MailCatcher catcher = this.catcher.getIfAvailable();
		if (catcher != null) {
			catcher.clear();
		}
		return "redirect:/admin/outbox?cleared";
	}

	@ExceptionHandler(NoSuchMessageException.class)
	String notFound(NoSuchMessageException ex, Model model, HttpServletResponse response) {
		response.setStatus(HttpServletResponse.SC_NOT_FOUND);
		model.addAttribute("message", ex.getMessage());
		return "admin/not-found";
	}

	private CaughtMail find(int number) {
		MailCatcher catcher = this.catcher.getIfAvailable();
		if (catcher == null) {
			throw new NoSuchMessageException("There is no outbox: mail goes to the SMTP relay " + relay() + ".");
		}
		return catcher.message(number).map((message) -> CaughtMail.of(number, message))
			.orElseThrow(() -> new NoSuchMessageException("There is no message " + number + " in the outbox."));
	}

	private String relay() {
		MailProperties properties = this.mail.getIfAvailable();
		return (properties == null || properties.getHost() == null) ? null
				: properties.getHost() + ((properties.getPort() != null) ? ":" + properties.getPort() : "");
	}

}
