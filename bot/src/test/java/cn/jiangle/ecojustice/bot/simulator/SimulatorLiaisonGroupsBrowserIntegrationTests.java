package cn.jiangle.ecojustice.bot.simulator;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
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
import org.springframework.jdbc.core.JdbcTemplate;

import cn.jiangle.ecojustice.bot.EcoJusticeApplication;
import cn.jiangle.ecojustice.db.testing.DatabaseTest;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A reminder set by typing 提醒 in the simulator page, pushed by the clustered poller to its group robot, shows in the
 * liaison panel under the group's name — never its webhook key — with its reminder number (headless Chromium).
 */
@SpringBootTest(classes = EcoJusticeApplication.class, webEnvironment = WebEnvironment.RANDOM_PORT,
		properties = { "wecom.dispatcher.poll-interval=200ms", "wecom.outbox.poll-interval=200ms",
				"ecojustice.reminders.quiet-hours=", "ecojustice.reminders.avoid-marks=false",
				"ecojustice.reminders.groups.forestry.name=林业局联络组",
				"ecojustice.reminders.groups.forestry.webhook-key=sim-forestry-robot-key-0001",
				"ecojustice.reminders.groups.committee.name=基金管理委员会联络组",
				"ecojustice.reminders.groups.committee.webhook-key=sim-committee-robot-key-0002" })
@DatabaseTest
class SimulatorLiaisonGroupsBrowserIntegrationTests {

	private static final Pattern NUMBER = Pattern.compile("已设置提醒(R\\d+)");

	private static ChromeDriver browser;

	private static HeadlessChromium chromium;

	@LocalServerPort
	int port;

	@Autowired
	JdbcTemplate jdbc;

	@BeforeAll
	static void startBrowser() throws IOException {
		chromium = HeadlessChromium.start("simulator-liaison", 1400, 900);
		browser = chromium.driver();
	}

	@AfterAll
	static void stopBrowser() throws IOException {
		if (chromium != null) {
			chromium.close();
		}
	}

	@Test
	void aReminderSetInChatShowsUnderItsGroupsNameWithItsNumber() throws IOException {
		browser.get("http://localhost:" + port + "/simulator");
		await().until(d -> "ok".equals(d.findElement(By.id("callback-status")).getDomAttribute("data-state")));
		// both configured groups are listed by name before anything is sent
		await().until(d -> d.findElements(By.cssSelector("#liaison-groups article.liaison-group")).size() == 2);
		assertThat(browser.findElement(By.id("liaison-groups")).getText()).contains("林业局联络组（群机器人）",
				"基金管理委员会联络组（群机器人）", "尚未收到提醒");

		type("提醒 林业局联络组 明天上午9点10分 报送季度修复进展");
		String confirmation = await().until(d -> d.findElements(By.cssSelector("#messages .msg.out"))
			.stream()
			.map(WebElement::getText)
			.filter(text -> text.contains("已设置提醒R"))
			.findFirst()
			.orElse(null));
		Matcher m = NUMBER.matcher(confirmation);
		assertThat(m.find()).as(confirmation).isTrue();
		String number = m.group(1);

		// its time comes: the clustered poller pushes it to the group robot
		this.jdbc.update("UPDATE reminder_occurrence SET fire_at = UTC_TIMESTAMP() WHERE reminder_id = ?",
				Long.parseLong(number.substring(1)));

		WebElement received = await().until(d -> d
			.findElements(By.cssSelector("#liaison-groups article[data-group='林业局联络组'] .liaison-reminder[data-reminder='"
					+ number + "']"))
			.stream()
			.findFirst()
			.orElse(null));
		assertThat(received.getText()).contains(number, "报送季度修复进展", "已知悉 " + number);
		// shown once, by name: the raw group view leaves out what the named view shows (it may have drawn it for a
		// moment, until the named view's next poll)
		await().until(d -> d.findElements(By.cssSelector("#liaison-panel article.robot")).isEmpty());
		assertThat(browser.findElement(By.cssSelector("section.liaison")).getText()).doesNotContain("sim-forestry",
				"webhook key");
		assertThat(browser.findElement(By.cssSelector("#liaison-groups article[data-group='基金管理委员会联络组']"))
			.getText()).contains("尚未收到提醒");
		Files.write(Path.of("target", "simulator-liaison-groups.png"), browser.getScreenshotAs(OutputType.BYTES));
	}

	private void type(String text) {
		WebElement input = browser.findElement(By.id("message-input"));
		input.clear();
		input.sendKeys(text);
		browser.findElement(By.id("send")).click();
	}

	private static FluentWait<WebDriver> await() {
		return new WebDriverWait(browser, Duration.ofSeconds(60)).ignoring(StaleElementReferenceException.class);
	}

}
