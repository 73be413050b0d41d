package cn.jiangle.ecojustice.db.restoration;

import java.math.BigDecimal;
import java.util.List;

import cn.jiangle.ecojustice.db.obligations.RestorationPath;
import cn.jiangle.ecojustice.db.officers.Officers;
import cn.jiangle.ecojustice.db.parties.Party;
import cn.jiangle.ecojustice.db.registration.CaseRegistrations;
import cn.jiangle.ecojustice.db.testing.DatabaseTest;
import cn.jiangle.ecojustice.db.testing.DatabaseTestConfiguration;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;

import static cn.jiangle.ecojustice.db.restoration.RestorationTestConfiguration.FORESTRY;
import static cn.jiangle.ecojustice.db.restoration.RestorationTestConfiguration.IMPOSTOR;
import static cn.jiangle.ecojustice.db.restoration.RestorationTestConfiguration.JUDGE;
import static cn.jiangle.ecojustice.db.restoration.RestorationTestConfiguration.MANAGER;
import static cn.jiangle.ecojustice.db.restoration.RestorationTestConfiguration.PRICING;
import static cn.jiangle.ecojustice.db.restoration.RestorationTestConfiguration.owing;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

/** 碳汇核销: batching certificates' items and the forestry bureau's confirmation, with every refusal. */
@SpringBootTest(classes = { DatabaseTestConfiguration.class, RestorationTestConfiguration.class })
@DatabaseTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class WriteOffsIntegrationTests {

	@Autowired
	WriteOffs writeOffs;

	@Autowired
	Payments payments;

	@Autowired
	RestorationFiles files;

	@Autowired
	Officers officers;

	@Autowired
	CaseRegistrations registrations;

	@Autowired
	RestorationTestConfiguration.Recorder events;

	@BeforeAll
	void people() {
		RestorationTestConfiguration.registerOfficers(officers);
	}

	/** Certificates for {@code count} parties of a new case. */
	private List<Certificate> certified(int count) {
		List<Party> parties = RestorationTestConfiguration.aCase(registrations, count, owing("400", "400"),
				RestorationPath.CARBON_SUBSCRIPTION).parties();
		return parties.stream().map((party) -> {
			PaymentRequest request = payments.expectPayment(party.id(), PRICING, JUDGE);
			return payments.confirm(request.id(), "W-" + request.id(), null, MANAGER).certificate();
		}).toList();
	}

	@Test
	void theManagerSubmitsEveryOpenItemAndTheForestryBureauConfirmsOnce() {
		List<Certificate> three = certified(3);
		List<String> numbers = three.stream().map(Certificate::number).toList();
		assertThat(writeOffs.open()).extracting(WriteOffItem::certificateNumber).containsAll(numbers);

		assertThatExceptionOfType(NotTheManager.class).isThrownBy(() -> writeOffs.submit(List.of(), IMPOSTOR));
		WriteOffSubmission submission = writeOffs.submit(List.of(), MANAGER);

		assertThat(submission.items()).extracting(WriteOffItem::certificateNumber).containsAll(numbers);
		assertThat(submission.items()).extracting(WriteOffItem::status).containsOnly(WriteOffStatus.SUBMITTED);
		assertThat(submission.totalAmount()).isEqualByComparingTo(new BigDecimal(800 * submission.items().size()));
		assertThat(writeOffs.open()).isEmpty();
		assertThat(writeOffs.awaitingConfirmation()).contains(submission);
		assertThat(events.of(WriteOffSubmitted.class)).contains(new WriteOffSubmitted(submission));
		assertThatExceptionOfType(NothingToWriteOff.class).isThrownBy(() -> writeOffs.submit(List.of(), MANAGER))
			.withMessage("目前没有待核销的认购证明。");

		assertThatExceptionOfType(NotTheForestryBureau.class)
			.isThrownBy(() -> writeOffs.confirm(submission.id(), MANAGER))
			.withMessage("只有林业局工作人员可以确认核销。");
		assertThatExceptionOfType(NotTheForestryBureau.class).isThrownBy(() -> writeOffs.confirm(submission.id(), JUDGE));
		WriteOffSubmission confirmed = writeOffs.confirm(submission.id(), FORESTRY);
		assertThat(confirmed.confirmedBy()).isEqualTo("forestry");
		assertThat(confirmed.items()).extracting(WriteOffItem::status).containsOnly(WriteOffStatus.WRITTEN_OFF);
		assertThat(writeOffs.awaitingConfirmation()).doesNotContain(confirmed);
		assertThat(files.get(three.get(0).partyId()).state()).isEqualTo(RestorationState.WRITTEN_OFF);
		assertThatExceptionOfType(WriteOffAlreadyConfirmed.class)
			.isThrownBy(() -> writeOffs.confirm(submission.id(), FORESTRY));
		assertThat(events.of(WrittenOff.class)).containsExactly(new WrittenOff(confirmed));
	}

	@Test
	void unknownAndAlreadySubmittedItemsAreRefusedAndNothingIsSubmitted() {
		List<Certificate> two = certified(2);
		List<WriteOffItem> items = writeOffs.open()
			.stream()
			.filter((item) -> two.stream().anyMatch((c) -> c.number().equals(item.certificateNumber())))
			.toList();
		writeOffs.submit(List.of(items.get(0).id()), MANAGER);

		assertThatExceptionOfType(WriteOffItemNotOpen.class)
			.isThrownBy(() -> writeOffs.submit(List.of(items.get(1).id(), items.get(0).id()), MANAGER))
			.withMessageContaining(items.get(0).certificateNumber())
			.withMessageContaining("不能重复提交");
		assertThatExceptionOfType(WriteOffItemNotFound.class)
			.isThrownBy(() -> writeOffs.submit(List.of(items.get(1).id(), 987_654L), MANAGER))
			.withMessageContaining("只有已出具认购证明");
		assertThat(writeOffs.open()).extracting(WriteOffItem::id).contains(items.get(1).id());
		assertThatExceptionOfType(WriteOffSubmissionNotFound.class)
			.isThrownBy(() -> writeOffs.confirm(987_654, FORESTRY));
	}

}
