package cn.jiangle.ecojustice.bot.simulator;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;

import me.chanjar.weixin.cp.api.impl.WxCpServiceImpl;
import me.chanjar.weixin.cp.bean.message.WxCpAppChatMessage;
import me.chanjar.weixin.cp.bean.message.WxCpMessage;
import me.chanjar.weixin.cp.bean.templatecard.TemplateCardButton;
import me.chanjar.weixin.cp.config.impl.WxCpDefaultConfigImpl;
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
import org.springframework.core.env.Environment;

import cn.jiangle.ecojustice.bot.EcoJusticeApplication;
import cn.jiangle.ecojustice.db.testing.DatabaseTest;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The whole zero-setup application — callback, channel, conversations, knowledge base, real MariaDB — driven through
 * the simulator page in Debian's headless Chromium, as a newcomer would use it.
 */
@SpringBootTest(classes = EcoJusticeApplication.class, webEnvironment = WebEnvironment.RANDOM_PORT,
		properties = { "wecom.dispatcher.poll-interval=200ms", "wecom.outbox.poll-interval=200ms" })
@DatabaseTest
class SimulatorBrowserIntegrationTests {

	/** Generous: the first answer warms up the knowledge index on a shared 2-core machine. */
	private static final Duration REPLY_WAIT = Duration.ofSeconds(60);

	private static ChromeDriver browser;

	private static HeadlessChromium chromium;

	@LocalServerPort
	int port;

	@Autowired
	Environment environment;

	@BeforeAll
	static void startBrowser() throws IOException {
		chromium = HeadlessChromium.start("simulator", 1400, 900);
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
		browser.get("http://localhost:" + port + "/simulator");
		await().until(d -> !"pending".equals(d.findElement(By.id("callback-status")).getDomAttribute("data-state")));
		assertThat(browser.findElement(By.id("callback-status")).getDomAttribute("data-state")).isEqualTo("ok");
	}

	@Test
	void anOfficerAsksAboutCarbonSinkSubscriptionAndGetsACitedAnswer() throws IOException {
		assertThat(browser.findElement(By.id("officer-id")).getDomProperty("value"))
			.isEqualTo(environment.getProperty("wecom.bootstrap-admin"));

		type("碳汇认购的流程是什么？");

		String answer = await(REPLY_WAIT).until(d -> d.findElements(By.cssSelector("#messages .msg.out"))
			.stream()
			.map(WebElement::getText)
			.filter(text -> text.contains("将法〔2021〕17号"))
			.findFirst()
			.orElse(null));
		assertThat(answer).contains("碳汇");
		assertThat(browser.findElements(By.cssSelector("#messages .msg.in")))
			.anySatisfy(m -> assertThat(m.getText()).contains("碳汇认购的流程是什么？"));
		assertThat(browser.findElement(By.id("error")).getText()).isEmpty();
		Files.write(Path.of("target", "simulator-officer-answer.png"), browser.getScreenshotAs(OutputType.BYTES));
	}

	@Test
	void markupTypedIntoTheChatIsShownAsTextAndNeverRuns() {
		String hostile = "<img src=x onerror=\"window.__xss=1\"><b>粗体</b>";

		type(hostile);

		String echoed = await().until(d -> d.findElements(By.cssSelector("#messages .msg.in"))
			.stream()
			.map(WebElement::getText)
			.filter(text -> text.contains("<img src=x"))
			.findFirst()
			.orElse(null));
		assertThat(echoed).contains(hostile);
		assertThat(browser.findElements(By.cssSelector("#messages img, #messages b"))).isEmpty();
		assertThat(((JavascriptExecutor) browser).executeScript("return window.__xss === undefined")).isEqualTo(true);
	}

	@Test
	void liaisonGroupsShowWhatTheirAppChatAndRobotReceive() throws Exception {
		WxCpServiceImpl wecom = wecomClient();
		String chatId = wecom.getChatService()
			.create("乐乐案件联络群", "SimAdmin", List.of("SimAdmin", "ForestryLiu", "ProcuratorChen"), null);
		wecom.getChatService()
			.sendMsg(WxCpAppChatMessage.buildTextMsg(chatId, "新案件 <script>alert(1)</script> 已登记", false));
		wecom.getGroupRobotService()
			.sendMarkdown(environment.getProperty("wecom.api-base-url") + "/cgi-bin/webhook/send?key=liaison-robot",
					"**复绿验收** 请林业局 <font color=\"warning\">本周</font> 完成");

		String group = await().until(d -> d.findElements(By.cssSelector("#liaison-panel article.appchat"))
			.stream()
			.map(WebElement::getText)
			.filter(text -> text.contains("乐乐案件联络群") && text.contains("已登记"))
			.findFirst()
			.orElse(null));
		assertThat(group).contains("ForestryLiu").contains("新案件 <script>alert(1)</script> 已登记");
		await().until(d -> d.findElements(By.cssSelector("#liaison-panel article.robot"))
			.stream()
			.anyMatch(robot -> robot.getText().contains("复绿验收")));
		assertThat(browser.findElement(By.cssSelector("#liaison-panel article.robot strong")).getText())
			.isEqualTo("复绿验收");
		assertThat(browser.findElement(By.cssSelector("#liaison-panel article.robot .md-warning")).getText())
			.isEqualTo("本周");
		assertThat(browser.findElements(By.cssSelector("#liaison-panel script"))).isEmpty();
	}

	@Test
	void clickingACardButtonSendsTheEventAndTheCardShowsTheUpdate() throws Exception {
		String officer = environment.getProperty("wecom.bootstrap-admin");
		wecomClient().getMessageService()
			.send(WxCpMessage.TEMPLATECARD()
				.agentId(environment.getProperty("wecom.agent-id", Integer.class))
				.toUser(officer)
				.cardType("button_interaction")
				.mainTitleTitle("模拟器卡片")
				.taskId("simulator-browser-card")
				.buttons(List.of(TemplateCardButton.builder().key("simulator-ok").text("知道了").style(1).build()))
				.build());

		WebElement button = await().until(d -> d
			.findElements(By.cssSelector("#messages .card-button[data-key='simulator-ok']"))
			.stream()
			.findFirst()
			.orElse(null));
		button.click();

		WebElement done = await().until(d -> d.findElements(By.cssSelector("#messages .card-button.done"))
			.stream()
			.findFirst()
			.orElse(null));
		assertThat(done.getText()).isEqualTo(environment.getProperty("wecom.callback.card-clicked-label", "已收到"));
		assertThat(done.isEnabled()).isFalse();
		assertThat(browser.findElements(By.cssSelector("#messages .msg.in")))
			.anySatisfy(m -> assertThat(m.getText()).contains("点击了「知道了」"));
	}

	@Test
	void aDefendantWritesThroughWeChatCustomerServiceAndOpensABindingLink() {
		browser.findElement(By.id("role-defendant")).click();
		assertThat(browser.findElement(By.id("defendant-fields")).isDisplayed()).isTrue();
		assertThat(browser.findElement(By.id("officer-fields")).isDisplayed()).isFalse();

		type("你好，我想了解劳役代偿");

		// answered through the production path: kf_msg_or_event → kf/sync_msg → kf/send_msg
		await(REPLY_WAIT).until(d -> d.findElements(By.cssSelector("#messages .msg.out")).size() >= 1);
		assertThat(browser.findElements(By.cssSelector("#messages .msg.in")))
			.anySatisfy(m -> assertThat(m.getText()).contains("劳役代偿"));
		assertThat(browser.findElement(By.id("chat-title")).getText()).contains("被告人");

		WebElement link = browser.findElement(By.id("kf-link"));
		link.clear();
		link.sendKeys(environment.getProperty("ecojustice.binding.kf-link") + "&scene_param=ABCD-EFGH-JKMN");
		browser.findElement(By.id("enter-session")).click();

		// enter_session with the code → a reply through kf/send_msg_on_event with the event's welcome_code
		await().until(d -> d.findElements(By.cssSelector("#messages .msg.in"))
			.stream()
			.anyMatch(m -> m.getText().contains("ABCD-EFGH-JKMN")));
		await(REPLY_WAIT).until(d -> d.findElements(By.cssSelector("#messages .msg.out")).size() >= 2);
		assertThat(browser.findElement(By.id("error")).getText()).isEmpty();
	}

	@Test
	void aDefendantSendsAPhotoALocationAndAFileFromThePage() throws IOException {
		browser.findElement(By.id("role-defendant")).click();
		WebElement defendant = browser.findElement(By.id("defendant-id"));
		defendant.clear();
		defendant.sendKeys("wmBrowserCheckIn");
		defendant.sendKeys(org.openqa.selenium.Keys.TAB);
		Path photo = Files.createTempFile("checkin-", ".jpg");
		Path pdf = Files.createTempFile("payment-", ".pdf");
		try {
			Files.write(photo, new byte[] { (byte) 0xFF, (byte) 0xD8, (byte) 0xFF, (byte) 0xE0, 0, 16, 'J', 'F', 'I', 'F' });
			Files.writeString(pdf, "%PDF-1.4\n支付依据");

			browser.findElement(By.id("attachments-toggle")).click();
			browser.findElement(By.id("photo-input")).sendKeys(photo.toAbsolutePath().toString());
			await().until(d -> d.findElements(By.cssSelector("#messages .msg.in[data-msgtype='image']"))
				.stream()
				.anyMatch(m -> m.getText().contains("[图片] " + photo.getFileName())));

			WebElement latitude = browser.findElement(By.id("location-lat"));
			latitude.clear();
			latitude.sendKeys("26.6651");
			WebElement longitude = browser.findElement(By.id("location-lon"));
			longitude.clear();
			longitude.sendKeys("117.3649");
			WebElement label = browser.findElement(By.id("location-label"));
			label.clear();
			label.sendKeys("琵琶丘补偿林");
			browser.findElement(By.id("send-location")).click();
			await().until(d -> d.findElements(By.cssSelector("#messages .msg.in[data-msgtype='location']"))
				.stream()
				.anyMatch(m -> m.getText().contains("琵琶丘补偿林") && m.getText().contains("26.6651")));

			browser.findElement(By.id("file-input")).sendKeys(pdf.toAbsolutePath().toString());
			await().until(d -> d.findElements(By.cssSelector("#messages .msg.in[data-msgtype='file']"))
				.stream()
				.anyMatch(m -> m.getText().contains("[文件] " + pdf.getFileName())));

			// answered through the production path (kf_msg_or_event → kf/sync_msg → kf/send_msg)
			await(REPLY_WAIT).until(d -> d.findElements(By.cssSelector("#messages .msg.out")).size() >= 1);
			assertThat(browser.findElement(By.id("error")).getText()).isEmpty();
			Files.write(Path.of("target", "simulator-defendant-attachments.png"),
					browser.getScreenshotAs(OutputType.BYTES));
		}
		finally {
			Files.deleteIfExists(photo);
			Files.deleteIfExists(pdf);
		}
	}

	private void type(String text) {
		WebElement input = browser.findElement(By.id("message-input"));
		input.clear();
		input.sendKeys(text);
		browser.findElement(By.id("send")).click();
	}

	/** Waits for the page; an element replaced while the page polls is simply looked up again. */
	private static FluentWait<WebDriver> await() {
		return await(Duration.ofSeconds(20));
	}

	private static FluentWait<WebDriver> await(Duration timeout) {
		return new WebDriverWait(browser, timeout).ignoring(StaleElementReferenceException.class);
	}

	/** WxJava configured exactly like the channel, to play the parts of the assistant that later issues add. */
	private WxCpServiceImpl wecomClient() {
		WxCpDefaultConfigImpl config = new WxCpDefaultConfigImpl();
		config.setCorpId(environment.getProperty("wecom.corp-id"));
		config.setCorpSecret(environment.getProperty("wecom.secret"));
		config.setAgentId(environment.getProperty("wecom.agent-id", Integer.class));
		config.setBaseApiUrl(environment.getProperty("wecom.api-base-url"));
		WxCpServiceImpl wecom = new WxCpServiceImpl();
		wecom.setWxCpConfigStorage(config);
		return wecom;
	}

}
