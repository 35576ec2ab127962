package io.keystonebi.api.mail;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;

import jakarta.mail.internet.MimeMessage;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.ApplicationContext;
import org.springframework.core.io.ByteArrayResource;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.mail.javamail.MimeMessageHelper;
import org.springframework.test.context.ContextConfiguration;

import io.keystonebi.api.admin.BrowserSession;
import io.keystonebi.api.security.Role;
import io.keystonebi.api.security.TestSignIn;
import io.keystonebi.sql.test.TestDatabaseInitializer;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * With no SMTP relay configured, the application's mail sender talks SMTP to the embedded catcher, and an
 * administrator reads what was sent, its HTML (sandboxed) and its attachments at /admin/outbox.
 */
@SpringBootTest(webEnvironment = WebEnvironment.RANDOM_PORT, properties = "bi.jobs.enabled=false")
@ContextConfiguration(initializers = TestDatabaseInitializer.class)
class OutboxIntegrationTests {

	@LocalServerPort
	private int port;

	@Autowired
	private ApplicationContext context;

	@Autowired
	private JavaMailSender sender;

	@Autowired
	private MailCatcher catcher;

	@Test
	void aMessageSentOverSmtpIsListedWithItsTextHtmlAndAttachment() throws Exception {
		MimeMessage message = this.sender.createMimeMessage();
		MimeMessageHelper helper = new MimeMessageHelper(message, true, "UTF-8");
		helper.setFrom("reports@localhost");
		helper.setTo("dana@example.com");
		helper.setSubject("Weekly performance — 2 to 8 March 2026");
		helper.setText("Revenue rose 12.0%.", "<p>Revenue <b>rose</b> 12.0%.</p><script>alert(1)</script>");
		helper.addAttachment("weekly.csv", new ByteArrayResource("a,b\n1,2\n".getBytes(StandardCharsets.UTF_8)),
				"text/csv");
		this.sender.send(message);
		int number = this.catcher.size();

		BrowserSession admin = new BrowserSession(this.port, TestSignIn.session(this.context, this.port, Role.ADMIN, null, null));
		HttpResponse<String> list = admin.get("/admin/outbox");
		assertThat(list.statusCode()).isEqualTo(200);
		assertThat(list.body()).contains("Weekly performance — 2 to 8 March 2026").contains("dana@example.com");

		HttpResponse<String> page = admin.get("/admin/outbox/" + number);
		assertThat(page.body()).contains("Revenue rose 12.0%.").contains("weekly.csv").contains("text/csv");

		HttpResponse<String> html = admin.get("/admin/outbox/" + number + "/html");
		assertThat(html.headers().firstValue("Content-Security-Policy")).hasValueSatisfying(
				(policy) -> assertThat(policy).startsWith("sandbox").contains("default-src 'none'"));
		assertThat(html.body()).contains("<b>rose</b>");

		HttpResponse<String> file = admin.get("/admin/outbox/" + number + "/attachments/1");
		assertThat(file.headers().firstValue("Content-Disposition")).hasValueSatisfying(
				(disposition) -> assertThat(disposition).contains("weekly.csv"));
		// Text travels over SMTP with CRLF line ends.
		assertThat(file.body().replace("\r\n", "\n")).isEqualTo("a,b\n1,2\n");

		assertThat(admin.get("/admin/outbox/" + (number + 1)).statusCode()).isEqualTo(404);
		assertThat(admin.get("/admin/outbox/" + number + "/attachments/2").statusCode()).isEqualTo(404);
	}

	@Test
	void onlyAdministratorsReadTheOutbox() throws Exception {
		HttpResponse<String> executive = new BrowserSession(this.port,
				TestSignIn.session(this.context, this.port, Role.EXECUTIVE, null, null)).get("/admin/outbox");
		assertThat(executive.statusCode()).isEqualTo(403);
		HttpResponse<String> anonymous = HttpClient.newHttpClient().send(
				HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + this.port + "/admin/outbox")).build(),
				HttpResponse.BodyHandlers.ofString());
		assertThat(anonymous.statusCode()).isIn(302, 401);
	}

}
