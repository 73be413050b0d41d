package cn.jiangle.ecojustice.bot;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import cn.jiangle.ecojustice.bot.wecom.FakeWeComApi;
import cn.jiangle.ecojustice.bot.wecom.TestCorp;
import cn.jiangle.ecojustice.db.Actor;
import cn.jiangle.ecojustice.db.cases.CaseNumber;
import cn.jiangle.ecojustice.db.cases.Cases;
import cn.jiangle.ecojustice.db.embedded.EmbeddedMariaDb;
import cn.jiangle.ecojustice.db.officers.Officers;
import cn.jiangle.ecojustice.db.officers.Role;
import cn.jiangle.ecojustice.db.parties.Parties;
import cn.jiangle.ecojustice.db.testing.TestDatabaseServer;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Nothing personal in plaintext at rest: the application in zero-setup mode (its own embedded MariaDB and generated
 * keys under one data directory, as {@code ./data} in production) takes a full 新建案件 with 身份证号 and phone, an
 * officer question quoting both, and a 绑定码 with its 微信客服 link; it is restarted and stopped (the server shuts
 * down cleanly, so InnoDB has flushed its pages). Then every file under the data directory — tablespaces, ibdata,
 * the redo log ib_logfile*, undo logs, Aria logs — is searched byte for byte.
 */
class DataAtRestIntegrationTests {

	static final TestCorp CORP = new TestCorp("wwdataatrest00001", "rest-secret", "restToken",
			"dataAtRestKey0123456789abcdefghijklmnopqrst");

	static final String ID_CARD = "350428198001011233";

	static final String PHONE = "13800138000";

	static final String NUMBER = "（2026）闽0428刑初301号";

	static final Path WORK = Path.of("target", "data-at-rest-" + UUID.randomUUID()).toAbsolutePath();

	@RegisterExtension
	static final FakeWeComApi wecom = CORP.startApi();

	@AfterAll
	static void deleteWork() {
		EmbeddedMariaDb.deleteTree(WORK);
	}

	@Test
	void noIdNumberPhoneNumberOrBindingCodeInAnyFileOfTheDataDirectory() throws IOException {
		String code;
		try (RunningAssistant assistant = start()) {
			assistant.bean(Officers.class).register("rest.judge", "COURT", Role.CASE_OFFICER, "郑法官", Actor.SYSTEM);
			String judge = "rest.judge";
			for (String answer : new String[] { "新建案件", NUMBER, "2", "1", "张三", ID_CARD, PHONE, "否", "12000", "跳过",
					"1.5万", "跳过", "2", NUMBER, "3" }) {
				assistant.say(judge, answer);
			}
			assertThat(assistant.say(judge, "确认")).contains("✅ 案件已登记：" + NUMBER);
			// an officer question quoting both numbers: recorded with the answer
			assistant.say(judge, "被告人身份证号" + ID_CARD + "，电话" + PHONE + "，没钱赔的话还有什么办法？");
			assistant.say(judge, "绑定码");
			String issued = assistant.say(judge, NUMBER);
			Matcher display = Pattern.compile("[0-9A-Z]{4}-[0-9A-Z]{4}-[0-9A-Z]{4}").matcher(issued);
			assertThat(display.find()).as("a code was issued: %s", issued).isTrue();
			code = display.group();
			assertThat(issued).contains("scene_param=" + code.replace("-", ""));
		}
		try (RunningAssistant restarted = start()) {
			// the restart reads everything back with the generated keys
			long caseId = restarted.bean(Cases.class).find(CaseNumber.parse(NUMBER)).orElseThrow().id();
			assertThat(restarted.bean(Parties.class).ofCase(caseId)).singleElement()
				.satisfies(party -> assertThat(party.idCard().value()).isEqualTo(ID_CARD));
		}

		List<Path> files = files();
		assertThat(files).as("the scan covers the redo log, ibdata and the tablespaces")
			.anySatisfy(file -> assertThat(file.getFileName().toString()).startsWith("ib_logfile"))
			.anySatisfy(file -> assertThat(file.getFileName().toString()).isEqualTo("ibdata1"))
			.anySatisfy(file -> assertThat(file.getFileName().toString()).isEqualTo("party.ibd"));
		// positive control: what is not personal is found, so the search does read the written data
		assertThat(filesContaining(files, NUMBER)).as("the case number, stored in plaintext").isNotEmpty();
		assertThat(filesContaining(files, "张三")).as("the defendant's name, stored in plaintext").isNotEmpty();

		String normalisedCode = code.replace("-", "");
		for (String secret : new String[] { ID_CARD, ID_CARD.substring(0, 17), PHONE, code, normalisedCode }) {
			assertThat(filesContaining(files, secret)).as("files holding %s in plaintext", secret).isEmpty();
		}
	}

	private static RunningAssistant start() {
		Map<String, Object> settings = new LinkedHashMap<>();
		// zero-setup: no spring.datasource.url, the embedded server's data and generated keys under WORK
		settings.put("ecojustice.db.embedded.data-dir", WORK.resolve("mariadb").toString());
		settings.put("ecojustice.db.embedded.binaries-dir", TestDatabaseServer.binariesDir().toString());
		settings.put("ecojustice.knowledge.index-dir", WORK.resolve("index").toString());
		settings.put("ecojustice.binding.kf-link", "https://work.weixin.qq.com/kfid/kfcDataAtRestTest");
		settings.put("spring.quartz.scheduler-name", "data-at-rest");
		return new RunningAssistant(CORP, wecom, settings);
	}

	private static List<Path> files() throws IOException {
		try (Stream<Path> walk = Files.walk(WORK)) {
			return walk.filter(Files::isRegularFile).toList();
		}
	}

	private static List<Path> filesContaining(List<Path> files, String text) throws IOException {
		byte[] needle = text.getBytes(StandardCharsets.UTF_8);
		List<Path> found = new ArrayList<>();
		for (Path file : files) {
			if (indexOf(Files.readAllBytes(file), needle) >= 0) {
				found.add(WORK.relativize(file));
			}
		}
		return found;
	}

	private static int indexOf(byte[] haystack, byte[] needle) {
		outer: for (int i = 0; i <= haystack.length - needle.length; i++) {
			for (int j = 0; j < needle.length; j++) {
				if (haystack[i + j] != needle[j]) {
					continue outer;
				}
			}
			return i;
		}
		return -1;
	}

}
