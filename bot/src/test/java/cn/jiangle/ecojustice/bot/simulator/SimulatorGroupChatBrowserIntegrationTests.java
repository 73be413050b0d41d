package cn.jiangle.ecojustice.bot.simulator;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.LinkedHashSet;
import java.util.Set;

import cn.jiangle.ecojustice.bot.EcoJusticeApplication;
import cn.jiangle.ecojustice.db.Actor;
import cn.jiangle.ecojustice.db.officers.Officers;
import cn.jiangle.ecojustice.db.officers.Role;
import cn.jiangle.ecojustice.db.testing.DatabaseTest;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.StaleElementReferenceException;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.FluentWait;
import org.openqa.selenium.support.ui.WebDriverWait;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;
import org.springframework.boot.test.web.server.LocalServerPort;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The simulator's group-chat panel in Debian's headless Chromium: several officers in one group chat with the
 * 智能机器人; the @-mentioned bot's stream fills in on the page as the simulated WeCom refreshes it, through the real
 * callback, channel, conversation layer and knowledge base.
 */
@SpringBootTest(classes = EcoJusticeApplication.class, webEnvironment = WebEnvironment.RANDOM_PORT,
		// small chunks, so the stream visibly fills in over several refreshes
		properties = { "wecom.dispatcher.poll-interval=200ms", "wecom.aibot.stream-chunk=30" })
@DatabaseTest
class SimulatorGroupChatBrowserIntegrationTests {

	private static final Duration REPLY_WAIT = Duration.ofSeconds(60);

	private static ChromeDriver browser;

	private static HeadlessChromium chromium;

	@LocalServerPort
	int port;

	@Autowired
	Officers officers;

	@BeforeAll
	static void startBrowser() throws IOException {
		chromium = HeadlessChromium.start("simulator-group", 1400, 1400);
		browser = chromium.driver();
	}

	@AfterAll
	static void stopBrowser() throws IOException {
		if (chromium != null) {
			chromium.close();
		}
	}

	@BeforeEach
	void openThePage() {
		if (officers.find("SimForester").isEmpty()) {
			officers.register("SimForester", "FORESTRY", Role.LIAISON, "林联络员", Actor.SYSTEM);
		}
		browser.get("http://localhost:" + port + "/simulator");
		await(Duration.ofSeconds(20)).until(d -> "ok".equals(d.findElement(By.id("callback-status")).getDomAttribute("data-state")));
	}

	@Test
	void officersAtTheBotInTheGroupAndWatchTheCitedAnswerStreamIn() throws IOException {
		say("SimAdmin", "碳汇认购的流程是什么？");
		Set<String> seen = new LinkedHashSet<>();
		String answer = await(REPLY_WAIT).pollingEvery(Duration.ofMillis(50)).until(d -> {
			for (WebElement line : d.findElements(By.cssSelector("#group-messages .group-line.bot"))) {
				String text = line.findElement(By.className("group-text")).getText();
				seen.add(text);
				if ("true".equals(line.getDomAttribute("data-finished")) && text.contains("碳汇认购的流程")) {
					return text;
				}
			}
			return null;
		});
		assertThat(answer).contains("问：「碳汇认购的流程是什么？」").contains("将法〔2021〕17号");
		// the page showed the stream before it was complete: the opening, then longer and longer parts
		assertThat(seen).hasSizeGreaterThan(1);
		assertThat(browser.findElements(By.cssSelector("#group-messages .group-line:not(.bot)")))
			.anySatisfy(line -> assertThat(line.getText()).contains("SimAdmin", "@乐乐助手 碳汇认购的流程是什么？"));
		Files.write(Path.of("target", "simulator-group-chat.png"), browser.getScreenshotAs(OutputType.BYTES));

		say("SimForester", "查询案件");
		String refused = await(REPLY_WAIT).until(d -> d.findElements(By.cssSelector("#group-messages .group-line.bot"))
			.stream()
			.filter(line -> "true".equals(line.getDomAttribute("data-finished")))
			.map(line -> line.findElement(By.className("group-text")).getText())
			.filter(text -> text.startsWith("林联络员 问：「查询案件」"))
			.findFirst()
			.orElse(null));
		assertThat(refused).contains("请与我单聊");
		assertThat(browser.findElement(By.id("group-error")).getText()).isEmpty();
	}

	@Test
	void aMemberWhoIsNotAnOfficerIsIgnoredAndMarkupStaysText() {
		int botLines = browser.findElements(By.cssSelector("#group-messages .group-line.bot")).size();
		say("StrangerWang", "<img src=x onerror=\"window.__xss=1\">你好");
		await(Duration.ofSeconds(20)).until(d -> d.findElements(By.cssSelector("#group-messages .group-line"))
			.stream()
			.anyMatch(line -> line.getText().contains("StrangerWang")));
		assertThat(browser.findElements(By.cssSelector("#group-messages .group-line.bot"))).hasSize(botLines);
		assertThat(browser.findElements(By.cssSelector("#group-messages img"))).isEmpty();
		assertThat(((JavascriptExecutor) browser).executeScript("return window.__xss === undefined")).isEqualTo(true);
	}

	private void say(String member, String text) {
		WebElement who = browser.findElement(By.id("group-member"));
		who.clear();
		who.sendKeys(member);
		WebElement input = browser.findElement(By.id("group-input"));
		input.clear();
		input.sendKeys(text);
		browser.findElement(By.id("group-send")).click();
		await(Duration.ofSeconds(20)).until(d -> d.findElement(By.id("group-input")).getDomProperty("value").isEmpty()
				|| !d.findElement(By.id("group-error")).getText().isEmpty());
		assertThat(browser.findElement(By.id("group-error")).getText()).isEmpty();
	}

	private static FluentWait<WebDriver> await(Duration timeout) {
		return new WebDriverWait(browser, timeout).ignoring(StaleElementReferenceException.class);
	}

}
