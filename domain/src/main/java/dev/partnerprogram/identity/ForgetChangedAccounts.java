package dev.partnerprogram.identity;

import jakarta.persistence.EntityManagerFactory;
import org.hibernate.engine.spi.SessionFactoryImplementor;
import org.hibernate.event.service.spi.EventListenerRegistry;
import org.hibernate.event.spi.EventType;
import org.hibernate.event.spi.PostCommitDeleteEventListener;
import org.hibernate.event.spi.PostCommitInsertEventListener;
import org.hibernate.event.spi.PostCommitUpdateEventListener;
import org.hibernate.event.spi.PostDeleteEvent;
import org.hibernate.event.spi.PostInsertEvent;
import org.hibernate.event.spi.PostUpdateEvent;
import org.hibernate.persister.entity.EntityPersister;
import org.springframework.stereotype.Component;

/**
 * Makes {@link SignedInUsers} forget an account once a transaction that wrote it has ended (committed or not), whoever
 * wrote it: Hibernate tells every insert, update and delete of an {@link AppUser} after the transaction, so a writer
 * added later cannot forget to tell. Forgetting only after the commit matters: a request that read the account
 * between the flush and the commit would otherwise keep the old row.
 */
@Component
class ForgetChangedAccounts implements PostCommitInsertEventListener, PostCommitUpdateEventListener,
        PostCommitDeleteEventListener {
    private final SignedInUsers signedIn;

    ForgetChangedAccounts(EntityManagerFactory entityManagers, SignedInUsers signedIn) {
        this.signedIn = signedIn;
        var listeners = entityManagers.unwrap(SessionFactoryImplementor.class).getServiceRegistry()
                .requireService(EventListenerRegistry.class);
        listeners.appendListeners(EventType.POST_COMMIT_INSERT, this);
        listeners.appendListeners(EventType.POST_COMMIT_UPDATE, this);
        listeners.appendListeners(EventType.POST_COMMIT_DELETE, this);
    }

    @Override
    public void onPostInsert(PostInsertEvent event) {
        forgetIfAccount(event.getEntity());
    }

    @Override
    public void onPostInsertCommitFailed(PostInsertEvent event) {
        forgetIfAccount(event.getEntity());
    }

    @Override
    public void onPostUpdate(PostUpdateEvent event) {
        forgetIfAccount(event.getEntity());
    }

    @Override
    public void onPostUpdateCommitFailed(PostUpdateEvent event) {
        forgetIfAccount(event.getEntity());
    }

    @Override
    public void onPostDelete(PostDeleteEvent event) {
        forgetIfAccount(event.getEntity());
    }

    @Override
    public void onPostDeleteCommitFailed(PostDeleteEvent event) {
        forgetIfAccount(event.getEntity());
    }

    @Override
    public boolean requiresPostCommitHandling(EntityPersister persister) {
        return AppUser.class.equals(persister.getMappedClass());
    }

    private void forgetIfAccount(Object entity) {
        if (entity instanceof AppUser user) {
            signedIn.forget(user.getUsername());
        }
    }
}
