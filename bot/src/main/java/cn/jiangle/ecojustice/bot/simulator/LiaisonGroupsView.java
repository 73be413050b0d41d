package cn.jiangle.ecojustice.bot.simulator;

import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import cn.jiangle.ecojustice.bot.simulator.Transcript.Direction;
import cn.jiangle.ecojustice.bot.simulator.Transcript.Party;
import cn.jiangle.ecojustice.bot.simulator.Transcript.PartyKind;
import cn.jiangle.ecojustice.jobs.reminders.LiaisonGroups;
import cn.jiangle.ecojustice.jobs.reminders.ReminderProperties.Group;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.core.io.ClassPathResource;
import org.springframework.http.CacheControl;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * The simulator's view of the configured liaison groups (联络组): for each, by its name, what its group robot or app
 * group chat received — the reminders with their numbers. Robot keys and chat ids stay on the server; the page gets
 * names, and the transcript numbers of these messages so its raw group view does not show them twice.
 */
@SimulatorActive
@RestController
class LiaisonGroupsView {

	private static final Pattern NUMBER = Pattern.compile("【(R\\d+)");

	private final Transcript transcript;

	private final ObjectProvider<LiaisonGroups> groups;

	LiaisonGroupsView(Transcript transcript, ObjectProvider<LiaisonGroups> groups) {
		this.transcript = transcript;
		this.groups = groups;
	}

	record Received(long seq, String at, String msgType, String reminder, String content) {
	}

	record GroupView(String name, String via, List<String> members, List<Received> received) {
	}

	@GetMapping(path = "/simulator/liaison-groups", produces = MediaType.APPLICATION_JSON_VALUE)
	Map<String, Object> liaisonGroups() {
		LiaisonGroups configured = this.groups.getIfAvailable();
		List<GroupView> views = new ArrayList<>();
		if (configured != null) {
			configured.all().entrySet().stream().sorted(Map.Entry.comparingByKey()).forEach(entry -> {
				Group group = entry.getValue();
				boolean robot = group.webhookKey() != null && !group.webhookKey().isBlank();
				Party party = robot ? new Party(PartyKind.ROBOT, group.webhookKey())
						: new Party(PartyKind.APPCHAT, group.chatId());
				List<Received> received = this.transcript.to(party)
					.stream()
					.filter(e -> e.direction() == Direction.OUT)
					.map(LiaisonGroupsView::received)
					.toList();
				views.add(new GroupView(group.name(), robot ? "群机器人" : "应用群聊", group.members(), received));
			});
		}
		return Map.of("groups", views);
	}

	@GetMapping("/simulator/liaison-groups.js")
	ResponseEntity<byte[]> script() {
		try (InputStream in = new ClassPathResource("simulator/liaison-groups.js").getInputStream()) {
			return ResponseEntity.ok()
				.contentType(MediaType.parseMediaType("text/javascript;charset=UTF-8"))
				.header("X-Content-Type-Options", "nosniff")
				.cacheControl(CacheControl.noCache())
				.body(in.readAllBytes());
		}
		catch (IOException ex) {
			throw new IllegalStateException("simulator script missing from the jar: liaison-groups.js", ex);
		}
	}

	private static Received received(Transcript.Entry entry) {
		String content = entry.body().path("content").asString("");
		Matcher number = NUMBER.matcher(content);
		return new Received(entry.seq(), entry.at().toString(), entry.msgType(), number.find() ? number.group(1) : null,
				content);
	}

}
