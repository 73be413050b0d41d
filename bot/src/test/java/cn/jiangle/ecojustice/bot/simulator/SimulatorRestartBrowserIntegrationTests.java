package cn.jiangle.ecojustice.bot.simulator;

import java.io.IOException;
import java.net.ServerSocket;
import java.time.Duration;
import java.util.List;

import cn.jiangle.ecojustice.bot.EcoJusticeApplication;
import cn.jiangle.ecojustice.db.embedded.EmbeddedMariaDb;
import cn.jiangle.ecojustice.db.testing.TestCryptoKeys;
import cn.jiangle.ecojustice.db.testing.TestDatabaseServer;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.StaleElementReferenceException;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.FluentWait;
import org.openqa.selenium.support.ui.WebDriverWait;

import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A simulator tab left open while the assistant restarts: what is typed meanwhile is kept (not silently dropped), the
 * page notices the restart, and the kept text, sent again, is answered by the restarted assistant.
 */
class SimulatorRestartBrowserIntegrationTests {

	private static ChromeDriver browser;

	private static HeadlessChromium chromium;

	private static int port;

	private static List<String> arguments;

	@BeforeAll
	static void startBrowserAndPickAPort() throws IOException {
		chromium = HeadlessChromium.start("simulator-restart", 1400, 900);
		browser = chromium.driver();
		// the restarted assistant must come back where the open tab expects it
		try (ServerSocket probe = new ServerSocket(0)) {
			port = probe.getLocalPort();
		}
		EmbeddedMariaDb server = TestDatabaseServer.get();
		String database = TestDatabaseServer.freshDatabaseFor(SimulatorRestartBrowserIntegrationTests.class);
		arguments = List.of("--server.port=" + port, "--spring.datasource.url=" + server.jdbcUrl(database),
				"--spring.datasource.username=" + server.username(),
				"--spring.datasource.password=" + server.password(),
				"--spring.datasource.hikari.maximum-pool-size=3", "--spring.quartz.scheduler-name=" + database,
				"--ecojustice.db.crypto.keys.1=" + TestCryptoKeys.KEY_1, "--ecojustice.db.crypto.current-version=1",
				"--ecojustice.db.crypto.hash-key=" + TestCryptoKeys.HASH_KEY, "--wecom.dispatcher.poll-interval=200ms",
				"--wecom.outbox.poll-interval=200ms");
	}

	@AfterAll
	static void stopBrowser() throws IOException {
		if (chromium != null) {
			chromium.close();
		}
	}

	@Test
	void textTypedWhileTheAssistantRestartsIsKeptAndAnsweredAfterwards() {
		try (ConfigurableApplicationContext first = start()) {
			browser.get("http://localhost:" + port + "/simulator");
			await().until(d -> "ok".equals(d.findElement(By.id("callback-status")).getDomAttribute("data-state")));
		}

		// the assistant is down: the message cannot go out, and the page says so and keeps it
		type("帮助");
		await().until(d -> d.findElement(By.id("error")).getText().contains("消息未发出"));
		assertThat(browser.findElement(By.id("error")).getText()).contains("文字已放回输入框");
		assertThat(browser.findElement(By.id("message-input")).getDomProperty("value")).isEqualTo("帮助");

		try (ConfigurableApplicationContext restarted = start()) {
			await().until(d -> d.findElement(By.id("error")).getText().contains("助手已重启"));
			assertThat(browser.findElement(By.id("message-input")).getDomProperty("value")).isEqualTo("帮助");

			browser.findElement(By.id("send")).click();

			await().until(d -> d.findElements(By.cssSelector("#messages .msg.in"))
				.stream()
				.anyMatch(m -> m.getText().contains("帮助")));
			await().until(d -> !d.findElements(By.cssSelector("#messages .msg.out")).isEmpty());
			assertThat(browser.findElement(By.id("message-input")).getDomProperty("value")).isEmpty();
		}
	}

	private static ConfigurableApplicationContext start() {
		return new SpringApplicationBuilder(EcoJusticeApplication.class).run(arguments.toArray(String[]::new));
	}

	private static void type(String text) {
		var input = browser.findElement(By.id("message-input"));
		input.clear();
		input.sendKeys(text);
		browser.findElement(By.id("send")).click();
	}

	private static FluentWait<WebDriver> await() {
		return new WebDriverWait(browser, Duration.ofSeconds(60)).ignoring(StaleElementReferenceException.class);
	}

}
