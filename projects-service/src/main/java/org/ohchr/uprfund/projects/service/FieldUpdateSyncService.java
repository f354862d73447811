package org.ohchr.uprfund.projects.service;

import java.sql.Connection;
import java.sql.Savepoint;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.function.Supplier;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import jakarta.transaction.Transactional.TxType;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.Path;
import jakarta.validation.Validator;

import org.hibernate.Session;
import org.jboss.logging.Logger;
import org.ohchr.uprfund.platform.idempotency.IdempotentCreation;
import org.ohchr.uprfund.platform.idempotency.IdempotentCreation.Created;
import org.ohchr.uprfund.platform.idempotency.IdempotentCreation.ItemOutcome;
import org.ohchr.uprfund.platform.problem.DatabaseProblems;
import org.ohchr.uprfund.platform.problem.InvalidFieldException;
import org.ohchr.uprfund.platform.problem.Problem;
import org.ohchr.uprfund.platform.problem.ProblemException;
import org.ohchr.uprfund.platform.problem.ProblemType;
import org.ohchr.uprfund.platform.security.Caller;
import org.ohchr.uprfund.projects.domain.Expenditure;
import org.ohchr.uprfund.projects.domain.ProgressUpdate;
import org.ohchr.uprfund.projects.domain.WriteScope;
import org.ohchr.uprfund.projects.mapping.ExpenditureMapper;
import org.ohchr.uprfund.projects.mapping.ProgressUpdateMapper;
import org.ohchr.uprfund.projects.mapping.SyncBatch;
import org.ohchr.uprfund.projects.mapping.SyncItem;
import org.ohchr.uprfund.projects.mapping.SyncItemResult;
import org.ohchr.uprfund.projects.mapping.SyncItemResult.Outcome;
import org.ohchr.uprfund.projects.mapping.SyncResult;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.narayana.jta.QuarkusTransactionException;

/**
 * What an offline field office recorded, sent in one request: progress updates and expenditure entries, each with its
 * own idempotency key. Each item is checked and recorded exactly as the single operation it stands for would be (same
 * rules, same scope of its key, same stored response), in the batch's order: a refused item writes nothing and stops
 * nothing, and an item sent before (alone or in an earlier batch) is replayed, not recorded again.
 * <p>
 * Items are recorded in groups of {@link #GROUP} per transaction, each item within a savepoint of its own: an item the
 * rules refuse is rolled back to its savepoint and the group goes on, so that a commit (and its wait for the disk) is
 * paid once per group rather than once per item. Any other failure (the database refusing a write, a wait for another
 * request with the same key that times out) rolls the whole group back, and its items are then recorded again one
 * transaction each, where that failure refuses its own item only.
 */
@ApplicationScoped
@Transactional(TxType.NEVER)
public class FieldUpdateSyncService {

    /** Most items in one batch: a week of a busy office's entries; a larger backlog goes in several batches. */
    public static final int MAX_ITEMS = 500;
    /** Items recorded per transaction. */
    static final int GROUP = 50;
    static final String UPDATES_PATH = "/api/projects/%s/updates";
    static final String EXPENDITURE_PATH = "/api/expenditures";
    static final String BATCH_PATH = "/api/field-updates/sync";

    private static final Logger LOG = Logger.getLogger(FieldUpdateSyncService.class);

    private final ProgressUpdateService updates;
    private final ExpenditureService expenditure;
    private final IdempotentCreation idempotency;
    private final CallerScope scopes;
    private final Caller caller;
    private final Validator validator;
    private final DatabaseProblems databaseProblems;
    private final EntityManager entityManager;

    FieldUpdateSyncService(ProgressUpdateService updates, ExpenditureService expenditure, IdempotentCreation idempotency,
            CallerScope scopes, Caller caller, Validator validator, DatabaseProblems databaseProblems, EntityManager entityManager) {
        this.updates = updates;
        this.expenditure = expenditure;
        this.idempotency = idempotency;
        this.scopes = scopes;
        this.caller = caller;
        this.validator = validator;
        this.databaseProblems = databaseProblems;
        this.entityManager = entityManager;
    }

    /**
     * @throws InvalidFieldException ({@code items}) for a batch without items or with more than {@link #MAX_ITEMS}:
     *         nothing of it is written
     */
    public SyncResult sync(SyncBatch batch, EntryLinks links) {
        if (batch == null || batch.items() == null || batch.items().isEmpty()) {
            throw new InvalidFieldException("items", "must hold 1 to " + MAX_ITEMS + " items");
        }
        if (batch.items().size() > MAX_ITEMS) {
            throw new InvalidFieldException("items", "holds " + batch.items().size() + " items; a batch holds at most " + MAX_ITEMS
                    + ": send the rest in further batches (nothing of this one was recorded)");
        }
        WriteScope scope = scopes.current();
        List<SyncItem> items = batch.items();
        List<SyncItemResult> results = new ArrayList<>(items.size());
        for (int first = 0; first < items.size(); first += GROUP) {
            int end = Math.min(first + GROUP, items.size());
            List<SyncItemResult> group = inOneTransaction(items, first, end, scope, links);
            if (group == null) {
                for (int index = first; index < end; index++) {
                    results.add(inItsOwnTransaction(index, items.get(index), scope, links));
                }
            } else {
                results.addAll(group);
            }
        }
        return new SyncResult(count(results, Outcome.CREATED), count(results, Outcome.REPLAYED), count(results, Outcome.REFUSED), results);
    }

    /** Items {@code first} to {@code end} (excluded) in one transaction, each in a savepoint; null when the group failed. */
    private List<SyncItemResult> inOneTransaction(List<SyncItem> items, int first, int end, WriteScope scope, EntryLinks links) {
        try {
            return QuarkusTransaction.requiringNew().call(() -> {
                Session session = entityManager.unwrap(Session.class);
                List<SyncItemResult> group = new ArrayList<>(end - first);
                for (int index = first; index < end; index++) {
                    group.add(inSavepoint(session, index, items.get(index), scope, links));
                }
                return group;
            });
        } catch (RuntimeException e) {
            LOG.debugf(e, "Items %d to %d of a batch rolled back together; recording them one transaction each", first, end - 1);
            return null;
        }
    }

    /**
     * One item within the group's transaction. A refusal of the rules rolls back what the item did and is its result;
     * any other failure is thrown, and fails the group.
     */
    private SyncItemResult inSavepoint(Session session, int index, SyncItem item, WriteScope scope, EntryLinks links) {
        Prepared prepared;
        try {
            prepared = prepare(index, item);
        } catch (ProblemException | InvalidItem e) {
            return refused(index, item, e);
        }
        Savepoint savepoint = session.doReturningWork(Connection::setSavepoint);
        try {
            ItemOutcome outcome = once(prepared, () -> record(item, scope, links));
            session.flush();
            session.doWork(connection -> connection.releaseSavepoint(savepoint));
            return recorded(index, prepared, outcome);
        } catch (ProblemException e) {
            session.doWork(connection -> connection.rollback(savepoint));
            session.clear();
            return refused(index, item, e);
        }
    }

    /** One item in a transaction of its own: whatever fails, fails this item only. */
    private SyncItemResult inItsOwnTransaction(int index, SyncItem item, WriteScope scope, EntryLinks links) {
        try {
            Prepared prepared = prepare(index, item);
            ItemOutcome outcome = QuarkusTransaction.requiringNew().call(() -> once(prepared, () -> record(item, scope, links)));
            return recorded(index, prepared, outcome);
        } catch (RuntimeException e) {
            return refused(index, item, unwrapped(e));
        }
    }

    /** What the item asks for, checked before anything is written: its shape, its Bean Validation constraints. */
    private Prepared prepare(int index, SyncItem item) {
        if (item == null) {
            throw new InvalidFieldException("items[" + index + "]", "must be an object");
        }
        checkShape(item);
        Object request = item.progressUpdate() != null ? item.progressUpdate() : item.expenditure();
        validate(request, item.progressUpdate() != null ? "progressUpdate." : "expenditure.");
        String target = targetOf(item);
        return new Prepared(item.idempotencyKey(), target, request);
    }

    /** The item's key in the scope of its single operation: recorded once, whether sent alone or in a batch. */
    private ItemOutcome once(Prepared prepared, Supplier<Created> record) {
        return idempotency.forBatchItem(prepared.target(), prepared.key(), "idempotencyKey", prepared.request(), record);
    }

    private static SyncItemResult recorded(int index, Prepared prepared, ItemOutcome outcome) {
        return new SyncItemResult(index, prepared.key(), outcome.replayed() ? Outcome.REPLAYED : Outcome.CREATED, 201,
                "POST " + prepared.target(), outcome.location(), outcome.entry(), null);
    }

    private SyncItemResult refused(int index, SyncItem item, Throwable failure) {
        String target = item == null ? null : targetOf(item);
        Problem problem = problemOf(failure, "items[" + index + "].", target == null ? BATCH_PATH : target);
        return new SyncItemResult(index, item == null ? null : item.idempotencyKey(), Outcome.REFUSED, problem.status(),
                target == null ? null : "POST " + target, null, null, problem);
    }

    /** An item checked and ready to record: its key, the path of its single operation, its request. */
    private record Prepared(String key, String target, Object request) {
    }

    /** Records the item as its single operation would; a field it refuses is named from the item ({@code expenditure.amountUsd}). */
    private Created record(SyncItem item, WriteScope scope, EntryLinks links) {
        String by = caller.name();
        try {
            if (item.progressUpdate() != null) {
                ProgressUpdate update = updates.report(item.projectId(), item.progressUpdate(), scope, by);
                return new Created(links.progressUpdate(update.projectId, update.id), ProgressUpdateMapper.toResponse(update));
            }
            Expenditure entry = expenditure.record(item.expenditure(), scope, by);
            return new Created(links.expenditure(entry.id), ExpenditureMapper.toResponse(entry, null));
        } catch (InvalidFieldException e) {
            throw new InvalidFieldException((item.progressUpdate() != null ? "progressUpdate." : "expenditure.") + e.field(), e.getMessage());
        }
    }

    /** The path of the single operation an item stands for; null when the item does not say which. */
    private static String targetOf(SyncItem item) {
        if (item.progressUpdate() != null && item.expenditure() == null && item.projectId() != null) {
            return UPDATES_PATH.formatted(item.projectId());
        }
        if (item.expenditure() != null && item.progressUpdate() == null) {
            return EXPENDITURE_PATH;
        }
        return null;
    }

    private static void checkShape(SyncItem item) {
        if ((item.progressUpdate() == null) == (item.expenditure() == null)) {
            throw new InvalidFieldException(item.progressUpdate() == null ? "progressUpdate" : "expenditure",
                    "an item holds either a progressUpdate (with its projectId) or an expenditure entry, not both and not neither");
        }
        if (item.progressUpdate() != null && item.projectId() == null) {
            throw new InvalidFieldException("projectId", "is required with a progressUpdate: the project it reports on");
        }
        if (item.expenditure() != null && item.projectId() != null) {
            throw new InvalidFieldException("projectId", "is given with a progressUpdate only; an expenditure entry names its project"
                    + " in expenditure.projectId");
        }
        if (item.idempotencyKey() == null) {
            throw new InvalidFieldException("idempotencyKey", "is required for every item, so that sending the batch again never"
                    + " records twice: a new UUID for each new entry, the same one when it is sent again");
        }
    }

    /** Bean Validation of the item's request, as the single operation's would be; its fields named from the item. */
    private void validate(Object request, String prefix) {
        Set<ConstraintViolation<Object>> violations = validator.validate(request);
        if (!violations.isEmpty()) {
            throw new InvalidItem(violations.stream()
                    .map(violation -> new Problem.Violation(prefix + fieldOf(violation.getPropertyPath()), violation.getMessage()))
                    .toList());
        }
    }

    /** The problem the single operation would have answered, with the item's fields named from the batch. */
    private Problem problemOf(Throwable failure, String prefix, String instance) {
        if (failure instanceof InvalidFieldException invalid) {
            return Problem.invalid(List.of(new Problem.Violation(prefix + invalid.field(), invalid.getMessage())), instance);
        }
        if (failure instanceof ProblemException refused) {
            return Problem.of(refused.type(), refused.getMessage(), instance);
        }
        if (failure instanceof InvalidItem invalid) {
            return Problem.invalid(invalid.violations.stream()
                    .map(violation -> new Problem.Violation(prefix + violation.field(), violation.message()))
                    .sorted(Comparator.comparing(Problem.Violation::field))
                    .toList(), instance);
        }
        return databaseProblems.alreadyExists(failure, instance).orElseGet(() -> {
            String reference = UUID.randomUUID().toString();
            LOG.errorf(failure, "Unexpected failure %s on an item of %s", reference, BATCH_PATH);
            return Problem.of(ProblemType.INTERNAL_ERROR, "The item could not be recorded; quote reference " + reference
                    + " when reporting it", instance);
        });
    }

    /** {@code indicators[2].name} for a violation of a bean validated directly (no method or parameter in its path). */
    private static String fieldOf(Path path) {
        StringBuilder field = new StringBuilder();
        for (Path.Node node : path) {
            if (node.getIndex() != null && field.length() > 0) {
                field.append('[').append(node.getIndex()).append(']');
            }
            if (node.getName() != null && !node.getName().startsWith("<")) {
                field.append(field.length() > 0 ? "." : "").append(node.getName());
            }
        }
        return field.toString();
    }

    private static Throwable unwrapped(RuntimeException e) {
        return e instanceof QuarkusTransactionException && e.getCause() != null ? e.getCause() : e;
    }

    /** An item whose request breaks its Bean Validation constraints. */
    private static final class InvalidItem extends RuntimeException {

        private final transient List<Problem.Violation> violations;

        InvalidItem(List<Problem.Violation> violations) {
            super("invalid item", null, false, false);
            this.violations = violations;
        }
    }

    private static int count(List<SyncItemResult> results, Outcome outcome) {
        return (int) results.stream().filter(result -> result.outcome() == outcome).count();
    }

}
