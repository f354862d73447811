package org.ohchr.uprfund.projects.service;

import java.net.URI;
import java.util.UUID;

/** Where the entries a batch records can be read, as the REST layer publishes them. */
public interface EntryLinks {

    URI progressUpdate(UUID projectId, UUID updateId);

    URI expenditure(UUID expenditureId);
}
