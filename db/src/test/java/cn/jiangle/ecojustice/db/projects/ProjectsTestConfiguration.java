package cn.jiangle.ecojustice.db.projects;

import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDate;
import java.time.Period;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

import cn.jiangle.ecojustice.db.Actor;
import cn.jiangle.ecojustice.db.agencies.Agencies;
import cn.jiangle.ecojustice.db.officers.Officers;
import cn.jiangle.ecojustice.db.officers.Role;
import cn.jiangle.ecojustice.db.testing.TestClock;

import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.context.event.EventListener;

/**
 * A fixed clock, a recorder of the project events, and the officers of the Wanquan mine agreement (将法〔2024〕4号):
 * the court, the natural resources bureau, the township, and 竹舟村委会 as the designated manager.
 */
@TestConfiguration(proxyBeanMethods = false)
class ProjectsTestConfiguration {

	static final Instant NOW = Instant.parse("2026-11-20T08:00:00Z");

	static final LocalDate TODAY = LocalDate.parse("2026-11-20");

	static final Actor JUDGE = Actor.officer("judge");

	/** A court officer with read-only access. */
	static final Actor COURT_VIEWER = Actor.officer("courtviewer");

	/** 竹舟村委会's liaison: the manager of the test projects. */
	static final Actor VILLAGE = Actor.officer("zhuzhou1");

	static final Actor VILLAGE_TWO = Actor.officer("zhuzhou2");

	static final Actor VILLAGE_VIEWER = Actor.officer("zhuzhouviewer");

	/** Staff of another manager (福建金森碳汇科技有限公司): not this project's manager. */
	static final Actor OTHER_MANAGER = Actor.officer("jinsen1");

	static final Actor BUREAU = Actor.officer("zrj1");

	static final Actor TOWNSHIP = Actor.officer("wanquan1");

	static final Actor FORESTRY = Actor.officer("forestry");

	@Bean
	TestClock clock() {
		return new TestClock(NOW);
	}

	@Bean
	Recorder recorder() {
		return new Recorder();
	}

	/** Every project event published, in order, from any thread. */
	static class Recorder {

		private final List<Object> events = new CopyOnWriteArrayList<>();

		@EventListener
		void on(Object event) {
			if (event.getClass().getPackageName().equals(Recorder.class.getPackageName())) {
				this.events.add(event);
			}
		}

		<T> List<T> of(Class<T> type) {
			return this.events.stream().filter(type::isInstance).map(type::cast).toList();
		}

		List<Object> all() {
			return List.copyOf(this.events);
		}

		void clear() {
			this.events.clear();
		}

	}

	static void registerOfficers(Officers officers) {
		officers.register("judge", "COURT", Role.CASE_OFFICER, "王法官", Actor.SYSTEM);
		officers.register("courtviewer", "COURT", Role.VIEWER, "法院只读", Actor.SYSTEM);
		officers.register("zhuzhou1", "VILLAGE", Role.LIAISON, "竹舟村联络员", Actor.SYSTEM);
		officers.register("zhuzhou2", "VILLAGE", Role.MANAGER_STAFF, "竹舟村会计", Actor.SYSTEM);
		officers.register("zhuzhouviewer", "VILLAGE", Role.VIEWER, "竹舟村只读", Actor.SYSTEM);
		officers.register("jinsen1", "RESTORATION_MANAGER", Role.MANAGER_STAFF, "金森甲", Actor.SYSTEM);
		officers.register("zrj1", "NATURAL_RESOURCES", Role.CASE_OFFICER, "自然资源局孙工", Actor.SYSTEM);
		officers.register("wanquan1", "TOWNSHIP", Role.LIAISON, "万全乡联络员", Actor.SYSTEM);
		officers.register("forestry", "FORESTRY", Role.CASE_OFFICER, "林业局钱科长", Actor.SYSTEM);
	}

	/** 万全矿山吴地生态修复: 竹舟村委会 manages, 自然资源局 and 万全乡 supervise, with {@code fund} yuan. */
	static NewProject wanquan(Agencies agencies, String fund) {
		return new NewProject("万全矿山吴地生态修复", null, agencies.get("VILLAGE").id(),
				List.of(agencies.get("NATURAL_RESOURCES").id(), agencies.get("TOWNSHIP").id()), new BigDecimal(fund),
				List.of(new NewMilestone("完成场地平整", LocalDate.parse("2027-01-31")),
						new NewMilestone("完成补植复绿", LocalDate.parse("2027-04-30"))),
				Period.ofMonths(1), LocalDate.parse("2027-06-30"));
	}

	static Attachment invoice(String text) {
		return new Attachment(AttachmentKind.INVOICE, "发票-" + text + ".pdf", "application/pdf",
				("%PDF-1.4 " + text).getBytes(StandardCharsets.UTF_8));
	}

	static Attachment basis(String text) {
		return new Attachment(AttachmentKind.PAYMENT_BASIS, "支付依据.jpg", "image/jpeg",
				("JPEG " + text).getBytes(StandardCharsets.UTF_8));
	}

}
