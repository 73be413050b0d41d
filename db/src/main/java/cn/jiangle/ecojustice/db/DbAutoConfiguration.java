package cn.jiangle.ecojustice.db;

import java.time.Clock;

import cn.jiangle.ecojustice.db.agencies.Agencies;
import cn.jiangle.ecojustice.db.audit.AuditLedger;
import cn.jiangle.ecojustice.db.binding.BindingCodes;
import cn.jiangle.ecojustice.db.cases.Cases;
import cn.jiangle.ecojustice.db.crypto.CryptoAutoConfiguration;
import cn.jiangle.ecojustice.db.labour.CheckIns;
import cn.jiangle.ecojustice.db.labour.LabourAcceptances;
import cn.jiangle.ecojustice.db.labour.LabourApplications;
import cn.jiangle.ecojustice.db.labour.LabourPlans;
import cn.jiangle.ecojustice.db.labour.WorkQuantities;
import cn.jiangle.ecojustice.db.obligations.Obligations;
import cn.jiangle.ecojustice.db.officers.Officers;
import cn.jiangle.ecojustice.db.outbox.Outbox;
import cn.jiangle.ecojustice.db.parties.Parties;
import cn.jiangle.ecojustice.db.registration.CaseRegistrations;
import cn.jiangle.ecojustice.db.reminders.RecurringReminders;
import cn.jiangle.ecojustice.db.reminders.Reminders;
import cn.jiangle.ecojustice.db.restoration.Bindings;
import cn.jiangle.ecojustice.db.restoration.Certificates;
import cn.jiangle.ecojustice.db.restoration.Payments;
import cn.jiangle.ecojustice.db.restoration.RestorationFiles;
import cn.jiangle.ecojustice.db.restoration.WriteOffs;
import org.mybatis.spring.SqlSessionTemplate;
import org.mybatis.spring.boot.autoconfigure.MybatisAutoConfiguration;

import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBean;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Import;

/**
 * The mechanism's data model APIs and the outbox every module sends through (jobs' reminders as well as the bot).
 * Registered as auto-configuration (not component scanning) so slim contexts in
 * {@code jobs} get them as well as the full application, and never twice.
 */
@AutoConfiguration(after = { MybatisAutoConfiguration.class, CryptoAutoConfiguration.class })
@ConditionalOnBean(SqlSessionTemplate.class)
@Import({ AuditLedger.class, Agencies.class, Officers.class, Cases.class, Parties.class, Obligations.class,
		CaseRegistrations.class, Outbox.class, Reminders.class, BindingCodes.class, Bindings.class,
		RestorationFiles.class, Payments.class, Certificates.class, WriteOffs.class,
		RecurringReminders.class, LabourApplications.class, LabourPlans.class, CheckIns.class,
		WorkQuantities.class, LabourAcceptances.class })
public class DbAutoConfiguration {

	/** Time source for all stored instants; tests replace it with a fixed clock. */
	@Bean
	@ConditionalOnMissingBean
	Clock clock() {
		return Clock.systemUTC();
	}

}
