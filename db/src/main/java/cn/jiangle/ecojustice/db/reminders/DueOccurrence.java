package cn.jiangle.ecojustice.db.reminders;

/** A claimed, due occurrence with its reminder, as the poller needs them to compose and send. */
public record DueOccurrence(Occurrence occurrence, Reminder reminder) {
}
