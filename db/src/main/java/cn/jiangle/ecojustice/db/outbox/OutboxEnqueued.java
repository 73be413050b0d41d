package cn.jiangle.ecojustice.db.outbox;

import java.util.List;

/**
 * Published when messages were enqueued; listeners that act after commit (e.g. to wake a sender) see it only once
 * the rows are visible.
 */
public record OutboxEnqueued(List<Long> ids) {
}
