package cn.jiangle.ecojustice.db.restoration;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.TreeSet;

import cn.jiangle.ecojustice.db.Actor;
import cn.jiangle.ecojustice.db.MapperBinding;
import cn.jiangle.ecojustice.db.audit.AuditLedger;
import cn.jiangle.ecojustice.db.audit.Changes;
import cn.jiangle.ecojustice.db.officers.Officers;
import org.mybatis.spring.SqlSessionTemplate;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.transaction.annotation.Isolation;
import org.springframework.transaction.annotation.Transactional;

/**
 * 碳汇核销 (将法〔2024〕13号: 金森定期向林业局进行碳汇核销): every certificate opens an item; the manager's staff batch
 * open items into a submission to the forestry bureau, whose officer confirms it; the parties' files become
 * {@link RestorationState#WRITTEN_OFF}.
 */
public class WriteOffs {

	/** Audit entity type of a submission. */
	public static final String AUDIT_TYPE = "WRITE_OFF_SUBMISSION";

	private final WriteOffMapper mapper;

	private final FileMapper files;

	private final Authority authority;

	private final AuditLedger ledger;

	private final ApplicationEventPublisher events;

	private final Clock clock;

	WriteOffs(SqlSessionTemplate sessions, Officers officers, AuditLedger ledger, ApplicationEventPublisher events,
			Clock clock) {
		this.mapper = MapperBinding.bind(sessions, WriteOffMapper.class);
		this.files = MapperBinding.bind(sessions, FileMapper.class);
		this.authority = new Authority(officers, MapperBinding.bind(sessions, BindingMapper.class));
		this.ledger = ledger;
		this.events = events;
		this.clock = clock;
	}

	/** Items not yet submitted, oldest first. */
	@Transactional(readOnly = true)
	public List<WriteOffItem> open() {
		return this.mapper.open();
	}

	/**
	 * Submits items to the forestry bureau (event {@link WriteOffSubmitted}).
	 * @param itemIds the items; empty: every open item
	 * @param actor active 修复管理人工作人员 of the restoration manager
	 * @throws NotTheManager, NothingToWriteOff, WriteOffItemNotFound (only certificates open items),
	 * WriteOffItemNotOpen (already submitted or written off)
	 */
	@Transactional(isolation = Isolation.READ_COMMITTED)
	public WriteOffSubmission submit(List<Long> itemIds, Actor actor) {
		this.authority.requireManagerStaff(actor, "提交核销");
		List<Long> locked = new ArrayList<>();
		if (itemIds == null || itemIds.isEmpty()) {
			locked.addAll(this.mapper.lockOpen());
			if (locked.isEmpty()) {
				throw new NothingToWriteOff();
			}
		}
		else {
			// ascending, like every other locker of these rows
			for (long id : new TreeSet<>(itemIds)) {
				if (this.mapper.lockItem(id) == null) {
					throw new WriteOffItemNotFound(id);
				}
				WriteOffItem item = this.mapper.item(id);
				if (item.status() != WriteOffStatus.OPEN) {
					throw new WriteOffItemNotOpen(item.certificateNumber(), item.status());
				}
				locked.add(id);
			}
		}
		Instant at = now();
		this.mapper.insertSubmission(actor.id(), at);
		long submissionId = this.mapper.lastInsertId();
		locked.forEach((id) -> this.mapper.submit(id, submissionId));
		WriteOffSubmission submission = view(this.mapper.submission(submissionId));
		this.ledger.record(actor, AUDIT_TYPE, Long.toString(submissionId), "write_off.submitted", Changes.of()
			.set("certificates", submission.items().stream().map(WriteOffItem::certificateNumber).toList())
			.set("totalAmount", submission.totalAmount())
			.set("totalTonnes", submission.totalTonnes()));
		this.events.publishEvent(new WriteOffSubmitted(submission));
		return submission;
	}

	/**
	 * A 林业局 officer confirms the submission is written off (event {@link WrittenOff}); its parties' certified files
	 * become written off.
	 * @throws NotTheForestryBureau, WriteOffSubmissionNotFound, WriteOffAlreadyConfirmed
	 */
	@Transactional(isolation = Isolation.READ_COMMITTED)
	public WriteOffSubmission confirm(long submissionId, Actor actor) {
		this.authority.requireForestryOfficer(actor);
		WriteOffMapper.SubmissionRow row = this.mapper.lockSubmission(submissionId);
		if (row == null) {
			throw new WriteOffSubmissionNotFound(submissionId);
		}
		if (row.confirmedAt() != null) {
			throw new WriteOffAlreadyConfirmed();
		}
		List<WriteOffItem> items = this.mapper.itemsOf(submissionId);
		// every file row before the ledger's head row, like every other transition
		List<FileMapper.Row> certified = new ArrayList<>();
		for (long partyId : new TreeSet<>(items.stream().map(WriteOffItem::partyId).toList())) {
			FileMapper.Row file = this.files.lock(partyId);
			if (file != null && file.state() == RestorationState.CERTIFIED) {
				certified.add(file);
			}
		}
		Instant at = now();
		this.mapper.confirm(submissionId, actor.id(), at);
		this.mapper.writeOff(submissionId);
		this.ledger.record(actor, AUDIT_TYPE, Long.toString(submissionId), "write_off.confirmed", Changes.of()
			.set("certificates", items.stream().map(WriteOffItem::certificateNumber).toList()));
		for (FileMapper.Row file : certified) {
			this.files.update(file.partyId(), RestorationState.WRITTEN_OFF, file.paid(), at);
			this.ledger.record(actor, RestorationFiles.AUDIT_TYPE, Long.toString(file.partyId()),
					"restoration.written_off", Changes.of().change("state", file.state(), RestorationState.WRITTEN_OFF));
		}
		WriteOffSubmission submission = view(this.mapper.submission(submissionId));
		this.events.publishEvent(new WrittenOff(submission));
		return submission;
	}

	/** @throws WriteOffSubmissionNotFound */
	@Transactional(readOnly = true)
	public WriteOffSubmission get(long submissionId) {
		WriteOffMapper.SubmissionRow row = this.mapper.submission(submissionId);
		if (row == null) {
			throw new WriteOffSubmissionNotFound(submissionId);
		}
		return view(row);
	}

	/** Submissions the forestry bureau has not confirmed yet, oldest first. */
	@Transactional(readOnly = true)
	public List<WriteOffSubmission> awaitingConfirmation() {
		return this.mapper.unconfirmed().stream().map(this::view).toList();
	}

	private WriteOffSubmission view(WriteOffMapper.SubmissionRow row) {
		List<WriteOffItem> items = this.mapper.itemsOf(row.id());
		return new WriteOffSubmission(row.id(), items,
				items.stream().map(WriteOffItem::amount).reduce(FileViews.ZERO, BigDecimal::add),
				items.stream().map(WriteOffItem::tonnes).reduce(new BigDecimal("0.000"), BigDecimal::add),
				row.submittedBy(), row.submittedAt(), row.confirmedBy(), row.confirmedAt());
	}

	private Instant now() {
		return this.clock.instant().truncatedTo(ChronoUnit.SECONDS);
	}

}
