<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fr_FR">
<context>
    <name>AgentMessage</name>
    <message>
        <source>Not allowed: this profile&apos;s credentials may not do this. Check the profile&apos;s permissions.</source>
        <translation>Action non autorisée&#xa0;: les identifiants de ce profil ne le permettent pas. Vérifiez les droits du profil.</translation>
    </message>
    <message>
        <source>Not authorised: the server refused this profile&apos;s credentials. Check the credentials under Connection ▸ Profiles.</source>
        <translation>Non autorisé&#xa0;: le serveur a refusé les identifiants de ce profil. Vérifiez-les dans Connexion ▸ Profils.</translation>
    </message>
    <message>
        <source>The server reported an error: %1</source>
        <translation>Le serveur a signalé une erreur&#xa0;: %1</translation>
    </message>
    <message>
        <source>The server failed (HTTP %1). Try again in a moment.</source>
        <translation>Erreur du serveur (HTTP %1). Réessayez dans un instant.</translation>
    </message>
    <message>
        <source>The server is busy and asks to slow down (HTTP 429). Try again in a moment.</source>
        <translation>Le serveur est surchargé et demande de ralentir (HTTP 429). Réessayez dans un instant.</translation>
    </message>
    <message>
        <source>The server refused the request (HTTP %1).</source>
        <translation>Le serveur a refusé la requête (HTTP %1).</translation>
    </message>
    <message>
        <source>It said: “%1”</source>
        <translation>Réponse&#xa0;: «&#xa0;%1&#xa0;»</translation>
    </message>
    <message>
        <source>Timed out: the server did not answer in time. Try again; if it keeps happening, the service may be down.</source>
        <translation>Délai dépassé&#xa0;: le serveur n&apos;a pas répondu à temps. Réessayez&#xa0;; si cela se reproduit, le service est peut-être indisponible.</translation>
    </message>
    <message>
        <source>Could not reach the server: %1</source>
        <translation>Impossible de joindre le serveur&#xa0;: %1</translation>
    </message>
    <message>
        <source>The server&apos;s certificate is not trusted, so nothing was sent: %1</source>
        <translation>Le certificat du serveur n&apos;est pas approuvé, rien n&apos;a donc été envoyé&#xa0;: %1</translation>
    </message>
    <message>
        <source>The server sent us elsewhere, which is not followed: %1</source>
        <translation>Le serveur a redirigé ailleurs, ce qui n&apos;est pas suivi&#xa0;: %1</translation>
    </message>
    <message>
        <source>The server&apos;s answer could not be read, so nothing is shown from it: %1</source>
        <translation>La réponse du serveur est illisible, rien n&apos;en est donc affiché&#xa0;: %1</translation>
    </message>
    <message>
        <source>The server&apos;s answer is too large to load: %1</source>
        <translation>La réponse du serveur est trop volumineuse pour être chargée&#xa0;: %1</translation>
    </message>
    <message>
        <source>Cancelled.</source>
        <translation>Annulé.</translation>
    </message>
    <message>
        <source>The change may or may not have been applied.</source>
        <translation>On ne sait pas si la modification a été appliquée.</translation>
    </message>
    <message>
        <source>(Request id %1)</source>
        <translation>(ID de requête %1)</translation>
    </message>
    <message>
        <source>The server failed (HTTP %1).</source>
        <translation>Erreur du serveur (HTTP %1).</translation>
    </message>
    <message>
        <source>Timed out: the server did not answer in time.</source>
        <translation>Délai dépassé&#xa0;: le serveur n&apos;a pas répondu à temps.</translation>
    </message>
</context>
<context>
    <name>FieldRows</name>
    <message>
        <source>present (see the family below)</source>
        <translation>présent (voir la famille ci-dessous)</translation>
    </message>
    <message numerus="yes">
        <source>%n entries</source>
        <translation>
            <numerusform>%n entrée</numerusform>
            <numerusform>%n entrées</numerusform>
        </translation>
    </message>
    <message>
        <source>(empty)</source>
        <translation>(vide)</translation>
    </message>
</context>
<context>
    <name>ff::AccountPurchasesModel</name>
    <message>
        <source>Date purchased</source>
        <translation>Date d&apos;achat</translation>
    </message>
    <message>
        <source>Invoice</source>
        <translation>Facture</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Type</translation>
    </message>
    <message>
        <source>Quantity</source>
        <translation>Quantité</translation>
    </message>
    <message>
        <source>Unit price</source>
        <translation>Prix unitaire</translation>
    </message>
    <message>
        <source>Net</source>
        <translation>HT</translation>
    </message>
    <message>
        <source>Tax</source>
        <translation>Taxe</translation>
    </message>
    <message>
        <source>Gross</source>
        <translation>TTC</translation>
    </message>
    <message>
        <source>Currency</source>
        <translation>Devise</translation>
    </message>
    <message>
        <source>Paid</source>
        <translation>Payé</translation>
    </message>
    <message>
        <source>ID</source>
        <translation>ID</translation>
    </message>
</context>
<context>
    <name>ff::AffiliateInvestigation</name>
    <message>
        <source>The refund policy saved for affiliate %1 could not be read (%2): the default policy is used. Correct it in Connection ▸ Profiles.</source>
        <translation>Les règles de remboursement enregistrées pour le partenaire %1 sont illisibles (%2)&#xa0;: les règles par défaut s&apos;appliquent. Corrigez-les dans Connexion ▸ Profils.</translation>
    </message>
    <message>
        <source>The time zone “%1” saved for affiliate %2 is not known: your own time zone is used. Correct it in Connection ▸ Profiles.</source>
        <translation>Le fuseau horaire «&#xa0;%1&#xa0;» enregistré pour le partenaire %2 est inconnu&#xa0;: votre propre fuseau horaire est utilisé. Corrigez-le dans Connexion ▸ Profils.</translation>
    </message>
    <message>
        <source>“%1” is not a time zone this computer knows (an IANA name such as Europe/London).</source>
        <translation>«&#xa0;%1&#xa0;» n&apos;est pas un fuseau horaire connu de cet ordinateur (nom IANA, p. ex. Europe/Paris).</translation>
    </message>
</context>
<context>
    <name>ff::ApiCall</name>
    <message>
        <source>the server refused the request as invalid (HTTP 400)</source>
        <translation>le serveur a refusé la requête comme non valide (HTTP 400)</translation>
    </message>
    <message>
        <source>not authorised: the credentials were refused (HTTP 401)</source>
        <translation>non autorisé&#xa0;: les identifiants ont été refusés (HTTP 401)</translation>
    </message>
    <message>
        <source>forbidden: these credentials may not do this (HTTP 403)</source>
        <translation>interdit&#xa0;: ces identifiants ne permettent pas cette action (HTTP 403)</translation>
    </message>
    <message>
        <source>not found (HTTP 404)</source>
        <translation>introuvable (HTTP 404)</translation>
    </message>
    <message>
        <source>the server timed out waiting for the request (HTTP 408)</source>
        <translation>le serveur a dépassé le délai d&apos;attente de la requête (HTTP 408)</translation>
    </message>
    <message>
        <source>the server reports a conflict (HTTP 409)</source>
        <translation>le serveur signale un conflit (HTTP 409)</translation>
    </message>
    <message>
        <source>the request is too large for the server (HTTP 413)</source>
        <translation>la requête est trop volumineuse pour le serveur (HTTP 413)</translation>
    </message>
    <message>
        <source>too many requests: the server asks to slow down (HTTP 429)</source>
        <translation>trop de requêtes&#xa0;: le serveur demande de ralentir (HTTP 429)</translation>
    </message>
    <message>
        <source>the server failed (HTTP 500)</source>
        <translation>erreur du serveur (HTTP 500)</translation>
    </message>
    <message>
        <source>a proxy or gateway could not reach the server (HTTP 502)</source>
        <translation>un proxy ou une passerelle n&apos;a pas pu joindre le serveur (HTTP 502)</translation>
    </message>
    <message>
        <source>the service is unavailable (HTTP 503)</source>
        <translation>le service est indisponible (HTTP 503)</translation>
    </message>
    <message>
        <source>a proxy or gateway timed out waiting for the server (HTTP 504)</source>
        <translation>un proxy ou une passerelle a dépassé le délai d&apos;attente du serveur (HTTP 504)</translation>
    </message>
    <message>
        <source>the server answered HTTP %1</source>
        <translation>le serveur a répondu HTTP %1</translation>
    </message>
    <message>
        <source>cancelled</source>
        <translation>annulé</translation>
    </message>
    <message>
        <source>could not connect: the server refused the connection</source>
        <translation>connexion impossible&#xa0;: le serveur a refusé la connexion</translation>
    </message>
    <message>
        <source>could not connect: the server&apos;s name was not found</source>
        <translation>connexion impossible&#xa0;: le nom du serveur est introuvable</translation>
    </message>
    <message>
        <source>the server closed the connection before answering</source>
        <translation>le serveur a fermé la connexion avant de répondre</translation>
    </message>
    <message>
        <source>the connection dropped after the request was sent, before any answer</source>
        <translation>la connexion a été coupée après l&apos;envoi de la requête, avant toute réponse</translation>
    </message>
    <message>
        <source>the server redirected elsewhere, which is not followed (%1)</source>
        <translation>le serveur a redirigé ailleurs, ce qui n&apos;est pas suivi (%1)</translation>
    </message>
    <message>
        <source>the proxy failed: %1</source>
        <translation>échec du proxy&#xa0;: %1</translation>
    </message>
    <message>
        <source>the network failed: %1</source>
        <translation>échec du réseau&#xa0;: %1</translation>
    </message>
    <message>
        <source>the response is larger than the %1 MB limit</source>
        <translation>la réponse dépasse la limite de %1 Mo</translation>
    </message>
    <message>
        <source>timed out: nothing arrived for %1 s</source>
        <translation>délai dépassé&#xa0;: rien n&apos;a été reçu pendant %1 s</translation>
    </message>
    <message>
        <source>the server redirected to %1, which is not followed</source>
        <translation>le serveur a redirigé vers %1, ce qui n&apos;est pas suivi</translation>
    </message>
    <message>
        <source>the connection dropped while the response was arriving</source>
        <translation>la connexion a été coupée pendant la réception de la réponse</translation>
    </message>
    <message>
        <source>the certificate of %1 is not trusted</source>
        <translation>le certificat de %1 n&apos;est pas approuvé</translation>
    </message>
</context>
<context>
    <name>ff::ApiClient</name>
    <message>
        <source>the server reported an error: %1</source>
        <translation>le serveur a signalé une erreur&#xa0;: %1</translation>
    </message>
    <message>
        <source>the response could not be read: %1</source>
        <translation>la réponse est illisible&#xa0;: %1</translation>
    </message>
    <message>
        <source>expected JSON, but the server sent %1: %2</source>
        <translation>JSON attendu, mais le serveur a envoyé %1&#xa0;: %2</translation>
    </message>
    <message>
        <source>expected JSON or XML, but the server sent %1: %2</source>
        <translation>JSON ou XML attendu, mais le serveur a envoyé %1&#xa0;: %2</translation>
    </message>
    <message>
        <source>this profile is read-only: changes are not sent</source>
        <translation>ce profil est en lecture seule&#xa0;: les modifications ne sont pas envoyées</translation>
    </message>
    <message>
        <source>no secret is set for this profile&apos;s %1 authentication</source>
        <translation>aucun secret n&apos;est défini pour l&apos;authentification de l&apos;%1 de ce profil</translation>
    </message>
    <message>
        <source>the affiliate id must be a positive number</source>
        <translation>l&apos;ID du partenaire doit être un nombre positif</translation>
    </message>
    <message>
        <source>the customer&apos;s name or email</source>
        <translation>le nom ou l&apos;e-mail du client</translation>
    </message>
    <message>
        <source>the purchase order id must be a positive number</source>
        <translation>l&apos;ID de la commande doit être un nombre positif</translation>
    </message>
    <message>
        <source>the item names purchase order %1, not %2</source>
        <translation>l&apos;article indique la commande %1, pas la commande %2</translation>
    </message>
    <message>
        <source>the supplier ref</source>
        <translation>la référence fournisseur</translation>
    </message>
    <message>
        <source>the account id is not set</source>
        <translation>l&apos;ID du compte n&apos;est pas défini</translation>
    </message>
    <message>
        <source>the start date is after the end date</source>
        <translation>la date de début est postérieure à la date de fin</translation>
    </message>
    <message>
        <source>the purchase order item id must be a positive number</source>
        <translation>l&apos;ID de l&apos;article doit être un nombre positif</translation>
    </message>
    <message>
        <source>the device id</source>
        <translation>l&apos;ID de l&apos;appareil</translation>
    </message>
    <message>
        <source>the answer is not about this change: %1</source>
        <translation>la réponse ne concerne pas cette modification&#xa0;: %1</translation>
    </message>
    <message>
        <source>the admin API URL &quot;%1&quot; is not an http(s) URL</source>
        <translation>l&apos;URL de l&apos;API d&apos;administration &quot;%1&quot; n&apos;est pas une URL http(s)</translation>
    </message>
    <message>
        <source>the platform API URL &quot;%1&quot; is not an http(s) URL</source>
        <translation>l&apos;URL de l&apos;API de la plateforme &quot;%1&quot; n&apos;est pas une URL http(s)</translation>
    </message>
    <message>
        <source>the admin API URL uses plain http to another machine; use https, or allow insecure http in the profile</source>
        <translation>l&apos;URL de l&apos;API d&apos;administration utilise http non chiffré vers une autre machine ; utilisez https, ou autorisez http non sécurisé dans le profil</translation>
    </message>
    <message>
        <source>the platform API URL uses plain http to another machine; use https, or allow insecure http in the profile</source>
        <translation>l&apos;URL de l&apos;API de la plateforme utilise http non chiffré vers une autre machine ; utilisez https, ou autorisez http non sécurisé dans le profil</translation>
    </message>
    <message>
        <source>the admin API URL %1 is not one of the servers this profile&apos;s secret is for (%2): nothing was sent</source>
        <translation>l&apos;URL de l&apos;API d&apos;administration %1 ne fait pas partie des serveurs auxquels le secret de ce profil est destiné (%2) : rien n&apos;a été envoyé</translation>
    </message>
    <message>
        <source>the platform API URL %1 is not one of the servers this profile&apos;s secret is for (%2): nothing was sent</source>
        <translation>l&apos;URL de l&apos;API de la plateforme %1 ne fait pas partie des serveurs auxquels le secret de ce profil est destiné (%2) : rien n&apos;a été envoyé</translation>
    </message>
</context>
<context>
    <name>ff::ApiError</name>
    <message>
        <source> (request id %1)</source>
        <translation> (ID de requête %1)</translation>
    </message>
</context>
<context>
    <name>ff::AuditLog</name>
    <message>
        <source>cannot create the audit log&apos;s folder %1</source>
        <translation>impossible de créer le dossier du journal d&apos;audit %1</translation>
    </message>
    <message>
        <source>cannot open the audit log %1: %2</source>
        <translation>impossible d&apos;ouvrir le journal d&apos;audit %1&#xa0;: %2</translation>
    </message>
    <message>
        <source>cannot write the audit log %1: %2</source>
        <translation>impossible d&apos;écrire dans le journal d&apos;audit %1&#xa0;: %2</translation>
    </message>
    <message>
        <source>cannot create the audit log&apos;s folder %1: %2</source>
        <translation>impossible de créer le dossier du journal d&apos;audit %1&#xa0;: %2</translation>
    </message>
    <message>
        <source>cannot make the audit log %1 reach the disk: %2</source>
        <translation>impossible d&apos;enregistrer le journal d&apos;audit %1 sur le disque&#xa0;: %2</translation>
    </message>
</context>
<context>
    <name>ff::AuditedWrites</name>
    <message>
        <source>the write could not be recorded in the audit log, so it was not sent: %1</source>
        <translation>la modification n&apos;a pas pu être consignée dans le journal d&apos;audit, elle n&apos;a donc pas été envoyée&#xa0;: %1</translation>
    </message>
</context>
<context>
    <name>ff::CardLines</name>
    <message>
        <source>Worked out from the orders, with the platform&apos;s entitlement for this item.</source>
        <translation>Établi à partir des commandes, avec le droit d&apos;accès de la plateforme pour cet article.</translation>
    </message>
    <message>
        <source>Worked out from the orders alone: the platform&apos;s current entitlement for this title is another purchase&apos;s (item %1), so it is not used.</source>
        <translation>Établi à partir des commandes seules&#xa0;: le droit d&apos;accès actuel de la plateforme pour ce titre est celui d&apos;un autre achat (article %1), il n&apos;est donc pas utilisé.</translation>
    </message>
    <message>
        <source>The platform has no entitlement for this title, so this is worked out from the orders alone.</source>
        <translation>La plateforme n&apos;a aucun droit d&apos;accès pour ce titre&#xa0;: ce résultat est donc établi à partir des commandes seules.</translation>
    </message>
    <message>
        <source>Worked out from the orders alone; the platform&apos;s entitlement refines it when it can be read.</source>
        <translation>Établi à partir des commandes seules&#xa0;; le droit d&apos;accès de la plateforme le précisera s&apos;il peut être lu.</translation>
    </message>
    <message>
        <source>The item was added on %1, but its order was created on %2.</source>
        <translation>L&apos;article a été ajouté le %1, mais sa commande a été créée le %2.</translation>
    </message>
    <message>
        <source>Conflicts:
%1</source>
        <translation>Incohérences&#xa0;:
%1</translation>
    </message>
    <message>
        <source>How far it played: not known (%1).</source>
        <translation>Progression de la lecture&#xa0;: inconnue (%1).</translation>
    </message>
    <message>
        <source>How far it played: to %1 (the last position the platform recorded); the title&apos;s length is not known.</source>
        <translation>Progression de la lecture&#xa0;: jusqu&apos;à %1 (dernière position enregistrée par la plateforme)&#xa0;; la durée du titre est inconnue.</translation>
    </message>
    <message>
        <source>How far it played: to %1 of %2 (the last position the platform recorded, not the furthest).</source>
        <translation>Progression de la lecture&#xa0;: jusqu&apos;à %1 sur %2 (dernière position enregistrée par la plateforme, pas la plus avancée).</translation>
    </message>
    <message>
        <source>the platform&apos;s entitlement for this item records no position</source>
        <translation>le droit d&apos;accès de la plateforme pour cet article n&apos;enregistre aucune position</translation>
    </message>
    <message>
        <source>the platform&apos;s current entitlement for this title is another purchase&apos;s (item %1), and the orders do not say</source>
        <translation>le droit d&apos;accès actuel de la plateforme pour ce titre est celui d&apos;un autre achat (article %1), et les commandes ne l&apos;indiquent pas</translation>
    </message>
    <message>
        <source>the platform has no entitlement for this title, and the orders do not say</source>
        <translation>la plateforme n&apos;a aucun droit d&apos;accès pour ce titre, et les commandes ne l&apos;indiquent pas</translation>
    </message>
    <message>
        <source>the platform&apos;s entitlement could not be read, and the orders do not say</source>
        <translation>le droit d&apos;accès de la plateforme est illisible, et les commandes ne l&apos;indiquent pas</translation>
    </message>
    <message>
        <source>only the platform&apos;s entitlement for this item says, and it has not been read yet</source>
        <translation>seul le droit d&apos;accès de la plateforme pour cet article l&apos;indique, et il n&apos;a pas encore été lu</translation>
    </message>
    <message>
        <source>Shown as of %1, under the default policy: courtesy window %2 h, stopped early under %3 min, watched from %4 %, clocks may differ by %5 s.</source>
        <translation>Affiché à la date du %1, selon les règles par défaut&#xa0;: délai de courtoisie %2 h, arrêt précoce en dessous de %3 min, regardé à partir de %4&#xa0;%, écart d&apos;horloge toléré %5 s.</translation>
    </message>
    <message>
        <source>Shown as of %1, under the affiliate&apos;s policy: courtesy window %2 h, stopped early under %3 min, watched from %4 %, clocks may differ by %5 s.</source>
        <translation>Affiché à la date du %1, selon les règles du partenaire&#xa0;: délai de courtoisie %2 h, arrêt précoce en dessous de %3 min, regardé à partir de %4&#xa0;%, écart d&apos;horloge toléré %5 s.</translation>
    </message>
    <message>
        <source>Shown now (%1), under the default policy: courtesy window %2 h, stopped early under %3 min, watched from %4 %, clocks may differ by %5 s.</source>
        <translation>Affiché maintenant (%1), selon les règles par défaut&#xa0;: délai de courtoisie %2 h, arrêt précoce en dessous de %3 min, regardé à partir de %4&#xa0;%, écart d&apos;horloge toléré %5 s.</translation>
    </message>
    <message>
        <source>Shown now (%1), under the affiliate&apos;s policy: courtesy window %2 h, stopped early under %3 min, watched from %4 %, clocks may differ by %5 s.</source>
        <translation>Affiché maintenant (%1), selon les règles du partenaire&#xa0;: délai de courtoisie %2 h, arrêt précoce en dessous de %3 min, regardé à partir de %4&#xa0;%, écart d&apos;horloge toléré %5 s.</translation>
    </message>
</context>
<context>
    <name>ff::CaseReportBilling</name>
    <message>
        <source>Account user</source>
        <translation>Utilisateur du compte</translation>
    </message>
    <message>
        <source>Company</source>
        <translation>Société</translation>
    </message>
    <message>
        <source>Billing address</source>
        <translation>Adresse de facturation</translation>
    </message>
    <message>
        <source>Email</source>
        <translation>E-mail</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Téléphone</translation>
    </message>
    <message>
        <source>Mobile</source>
        <translation>Mobile</translation>
    </message>
</context>
<context>
    <name>ff::CaseReportItem</name>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>Bought</source>
        <translation>Achat</translation>
    </message>
    <message>
        <source>Order created</source>
        <translation>Commande créée</translation>
    </message>
    <message>
        <source>Licence issued</source>
        <translation>Licence délivrée</translation>
    </message>
    <message>
        <source>First streamed</source>
        <translation>Premier streaming</translation>
    </message>
    <message>
        <source>First downloaded</source>
        <translation>Premier téléchargement</translation>
    </message>
    <message>
        <source>Rental time ends (worked out)</source>
        <translation>Fin de la durée de location (calculée)</translation>
    </message>
    <message>
        <source>%1 + RentalTime (%2 d)</source>
        <translation>%1 + RentalTime (%2 j)</translation>
    </message>
    <message>
        <source>View time ends (worked out)</source>
        <translation>Fin de la durée de visionnage (calculée)</translation>
    </message>
    <message>
        <source>TimeOfFirstPlay + ViewTime (%1 h)</source>
        <translation>TimeOfFirstPlay + ViewTime (%1 h)</translation>
    </message>
    <message>
        <source>Rental ends (the platform&apos;s word)</source>
        <translation>Fin de location (selon la plateforme)</translation>
    </message>
    <message>
        <source>As of (the instant reported)</source>
        <translation>Date de calcul (instant du rapport)</translation>
    </message>
    <message>
        <source>Now (when the report was made)</source>
        <translation>Maintenant (création du rapport)</translation>
    </message>
</context>
<context>
    <name>ff::CaseReportPdf</name>
    <message>
        <source>Refund case report: %1</source>
        <translation>Rapport de dossier de remboursement&#xa0;: %1</translation>
    </message>
    <message>
        <source>FilmFlex Agent Console %1</source>
        <translation>FilmFlex Agent Console %1</translation>
    </message>
    <message>
        <source>Refund case report · customer %1 · affiliate %2 · made %3</source>
        <translation>Rapport de dossier de remboursement · client %1 · partenaire %2 · créé le %3</translation>
    </message>
    <message>
        <source>Page %1</source>
        <translation>Page %1</translation>
    </message>
    <message>
        <source>Other items (%1), one line each</source>
        <translation>Autres articles (%1), une ligne chacun</translation>
    </message>
    <message>
        <source>Other items (%1): not refund candidates, one line each</source>
        <translation>Autres articles (%1)&#xa0;: pas candidats au remboursement, une ligne chacun</translation>
    </message>
    <message numerus="yes">
        <source>%n refund candidate(s) are among them: past the first %1, candidates are not set out in full. Report chosen items to see them in full.</source>
        <translation>
            <numerusform>Parmi eux, %n candidat au remboursement&#xa0;: au-delà des %1 premiers, les candidats ne sont pas présentés en détail. Faites un rapport sur les articles choisis pour les voir en détail.</numerusform>
            <numerusform>Parmi eux, %n candidats au remboursement&#xa0;: au-delà des %1 premiers, les candidats ne sont pas présentés en détail. Faites un rapport sur les articles choisis pour les voir en détail.</numerusform>
        </translation>
    </message>
    <message>
        <source>Order %1 · item %2 · %3 · %4 · %5 · %6</source>
        <translation>Commande %1 · article %2 · %3 · %4 · %5 · %6</translation>
    </message>
    <message>
        <source>Refund case report</source>
        <translation>Rapport de dossier de remboursement</translation>
    </message>
    <message>
        <source>%1 at %2</source>
        <translation>%1 le %2</translation>
    </message>
    <message>
        <source>%1 = %2</source>
        <translation>%1 = %2</translation>
    </message>
    <message>
        <source>Customer</source>
        <translation>Client</translation>
    </message>
    <message>
        <source>Affiliate</source>
        <translation>Partenaire</translation>
    </message>
    <message>
        <source>Ticket</source>
        <translation>Ticket</translation>
    </message>
    <message>
        <source>none given</source>
        <translation>aucun indiqué</translation>
    </message>
    <message>
        <source>Agent&apos;s account</source>
        <translation>Compte de l&apos;agent</translation>
    </message>
    <message>
        <source>Profile</source>
        <translation>Profil</translation>
    </message>
    <message>
        <source>none (the server was named directly)</source>
        <translation>aucun (serveur indiqué directement)</translation>
    </message>
    <message>
        <source>%1 (production)</source>
        <translation>%1 (production)</translation>
    </message>
    <message>
        <source>%1 (not production)</source>
        <translation>%1 (hors production)</translation>
    </message>
    <message>
        <source>Server</source>
        <translation>Serveur</translation>
    </message>
    <message>
        <source>Fetched</source>
        <translation>Récupération</translation>
    </message>
    <message>
        <source>not known</source>
        <translation>inconnu</translation>
    </message>
    <message>
        <source>Worked out as of</source>
        <translation>Calculé à la date du</translation>
    </message>
    <message>
        <source>Worked out at</source>
        <translation>Calculé le</translation>
    </message>
    <message>
        <source>%1 (time zone %2)</source>
        <translation>%1 (fuseau horaire %2)</translation>
    </message>
    <message>
        <source>Policy</source>
        <translation>Règles</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1&#xa0;: %2</translation>
    </message>
    <message>
        <source>the default policy</source>
        <translation>les règles par défaut</translation>
    </message>
    <message>
        <source>the affiliate&apos;s policy</source>
        <translation>les règles du partenaire</translation>
    </message>
    <message>
        <source>Reported</source>
        <translation>Périmètre</translation>
    </message>
    <message>
        <source>Made</source>
        <translation>Création</translation>
    </message>
    <message>
        <source>%1 by FilmFlex Agent Console %2</source>
        <translation>%1 par FilmFlex Agent Console %2</translation>
    </message>
    <message>
        <source>Billing details (included at the agent&apos;s request)</source>
        <translation>Coordonnées de facturation (incluses à la demande de l&apos;agent)</translation>
    </message>
    <message>
        <source>Reported in full</source>
        <translation>Articles présentés en détail</translation>
    </message>
    <message>
        <source>none recorded</source>
        <translation>aucune enregistrée</translation>
    </message>
    <message>
        <source>Order</source>
        <translation>Commande</translation>
    </message>
    <message>
        <source>Item</source>
        <translation>Article</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Titre</translation>
    </message>
    <message>
        <source>Verdict</source>
        <translation>Avis</translation>
    </message>
    <message>
        <source>State</source>
        <translation>État</translation>
    </message>
    <message>
        <source>Decision</source>
        <translation>Décision</translation>
    </message>
    <message>
        <source>Order %1 · item %2 · “%3”</source>
        <translation>Commande %1 · article %2 · «&#xa0;%3&#xa0;»</translation>
    </message>
    <message>
        <source>Supplier reference %1; price %2; payment transaction %3; refund transaction %4.</source>
        <translation>Référence fournisseur %1&#xa0;; prix %2&#xa0;; transaction de paiement %3&#xa0;; transaction de remboursement %4.</translation>
    </message>
    <message>
        <source>none</source>
        <translation>aucune</translation>
    </message>
    <message>
        <source>Verdict: %1 — %2</source>
        <translation>Avis&#xa0;: %1 — %2</translation>
    </message>
    <message>
        <source>To read out:</source>
        <translation>À lire au client&#xa0;:</translation>
    </message>
    <message>
        <source>Time line</source>
        <translation>Chronologie</translation>
    </message>
    <message>
        <source>When (%1)</source>
        <translation>Quand (%1)</translation>
    </message>
    <message>
        <source>What</source>
        <translation>Quoi</translation>
    </message>
    <message>
        <source>API field</source>
        <translation>Champ de l&apos;API</translation>
    </message>
    <message>
        <source>As the API sent it</source>
        <translation>Valeur envoyée par l&apos;API</translation>
    </message>
    <message>
        <source>Not known: nothing.</source>
        <translation>Inconnu&#xa0;: rien.</translation>
    </message>
    <message>
        <source>Not known:
%1</source>
        <translation>Inconnu&#xa0;:
%1</translation>
    </message>
    <message>
        <source>Decision: none recorded yet.</source>
        <translation>Décision&#xa0;: aucune enregistrée pour l&apos;instant.</translation>
    </message>
    <message>
        <source>Evidence for a refund</source>
        <translation>Éléments en faveur d&apos;un remboursement</translation>
    </message>
    <message>
        <source>Needs a person&apos;s judgement</source>
        <translation>À l&apos;appréciation d&apos;une personne</translation>
    </message>
    <message>
        <source>Evidence against a refund</source>
        <translation>Éléments contre un remboursement</translation>
    </message>
    <message>
        <source>Weighed by no rule</source>
        <translation>Pris en compte par aucune règle</translation>
    </message>
    <message>
        <source>None found.</source>
        <translation>Aucun trouvé.</translation>
    </message>
    <message>
        <source>%1 (%2): %3</source>
        <translation>%1 (%2)&#xa0;: %3</translation>
    </message>
    <message>
        <source>Money</source>
        <translation>Montants</translation>
    </message>
    <message>
        <source>Nothing was reported.</source>
        <translation>Rien à signaler.</translation>
    </message>
    <message numerus="yes">
        <source>In %1: %2 paid over %n order(s), of which %3 refunded.</source>
        <translation>
            <numerusform>Devise %1&#xa0;: %2 payés sur %n commande, dont %3 remboursés.</numerusform>
            <numerusform>Devise %1&#xa0;: %2 payés sur %n commandes, dont %3 remboursés.</numerusform>
        </translation>
    </message>
    <message>
        <source>an unknown currency</source>
        <translation>inconnue</translation>
    </message>
    <message numerus="yes">
        <source>Never paid (pending, failed or cancelled), so not in that sum: %n order(s), %1.</source>
        <translation>
            <numerusform>%n commande jamais payée (en attente, échouée ou annulée), donc hors de ce total&#xa0;: %1.</numerusform>
            <numerusform>%n commandes jamais payées (en attente, échouées ou annulées), donc hors de ce total&#xa0;: %1.</numerusform>
        </translation>
    </message>
    <message>
        <source>Some item had no price, so these sums are not the whole story.</source>
        <translation>Un article n&apos;avait pas de prix&#xa0;: ces totaux ne disent donc pas tout.</translation>
    </message>
    <message>
        <source>Created</source>
        <translation>Création</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Statut</translation>
    </message>
    <message>
        <source>Amount</source>
        <translation>Montant</translation>
    </message>
    <message>
        <source>Provider</source>
        <translation>Prestataire</translation>
    </message>
    <message>
        <source>Transaction</source>
        <translation>Transaction</translation>
    </message>
    <message>
        <source>Refund transaction</source>
        <translation>Transaction de remboursement</translation>
    </message>
    <message>
        <source>Recorded in this console&apos;s audit log for this customer</source>
        <translation>Consigné dans le journal d&apos;audit de cette console pour ce client</translation>
    </message>
    <message>
        <source>The audit log could not be read: %1</source>
        <translation>Le journal d&apos;audit est illisible&#xa0;: %1</translation>
    </message>
    <message>
        <source>Decisions: none.</source>
        <translation>Décisions&#xa0;: aucune.</translation>
    </message>
    <message>
        <source>%1, %2</source>
        <translation>%1, %2</translation>
    </message>
    <message>
        <source>When (UTC)</source>
        <translation>Quand (UTC)</translation>
    </message>
    <message>
        <source>By</source>
        <translation>Par</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Motif</translation>
    </message>
    <message>
        <source>Verdict then</source>
        <translation>Avis d&apos;alors</translation>
    </message>
    <message>
        <source>Writes: none.</source>
        <translation>Modifications&#xa0;: aucune.</translation>
    </message>
    <message>
        <source>Write</source>
        <translation>Modification</translation>
    </message>
    <message>
        <source>What was sent</source>
        <translation>Contenu envoyé</translation>
    </message>
    <message>
        <source>HTTP</source>
        <translation>HTTP</translation>
    </message>
</context>
<context>
    <name>ff::CaseReportText</name>
    <message numerus="yes">
        <source>%1: %n</source>
        <translation>
            <numerusform>%1&#xa0;: %n</numerusform>
            <numerusform>%1&#xa0;: %n</numerusform>
        </translation>
    </message>
    <message>
        <source>No items.</source>
        <translation>Aucun article.</translation>
    </message>
    <message numerus="yes">
        <source>%n item(s): %1.</source>
        <translation>
            <numerusform>%n article&#xa0;: %1.</numerusform>
            <numerusform>%n articles&#xa0;: %1.</numerusform>
        </translation>
    </message>
    <message>
        <source>Refund case: customer %1, affiliate %2</source>
        <translation>Dossier de remboursement&#xa0;: client %1, partenaire %2</translation>
    </message>
    <message>
        <source>Refund case %3: customer %1, affiliate %2</source>
        <translation>Dossier de remboursement %3&#xa0;: client %1, partenaire %2</translation>
    </message>
    <message>
        <source>Order %1, item %2, “%3” (%4): %5. %6.</source>
        <translation>Commande %1, article %2, «&#xa0;%3&#xa0;» (%4)&#xa0;: %5. %6.</translation>
    </message>
    <message>
        <source>No decision recorded yet.</source>
        <translation>Aucune décision enregistrée pour l&apos;instant.</translation>
    </message>
    <message>
        <source>Decisions not known: the audit log could not be read.</source>
        <translation>Décisions inconnues&#xa0;: le journal d&apos;audit est illisible.</translation>
    </message>
    <message>
        <source>Price %1; payment transaction %2; refund transaction %3.</source>
        <translation>Prix %1&#xa0;; transaction de paiement %2&#xa0;; transaction de remboursement %3.</translation>
    </message>
    <message>
        <source>none</source>
        <translation>aucune</translation>
    </message>
    <message numerus="yes">
        <source>%n more item(s) reported in full are in the PDF and the CSV.</source>
        <translation>
            <numerusform>%n autre article présenté en détail figure dans le PDF et le CSV.</numerusform>
            <numerusform>%n autres articles présentés en détail figurent dans le PDF et le CSV.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n more refund candidate(s) are in the PDF on a line each and in the CSV.</source>
        <translation>
            <numerusform>%n autre candidat au remboursement figure dans le PDF, sur une ligne, et dans le CSV.</numerusform>
            <numerusform>%n autres candidats au remboursement figurent dans le PDF, sur une ligne chacun, et dans le CSV.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n other item(s) are not refund candidates and are not listed here.</source>
        <translation>
            <numerusform>%n autre article n&apos;est pas candidat au remboursement et ne figure pas ici.</numerusform>
            <numerusform>%n autres articles ne sont pas candidats au remboursement et ne figurent pas ici.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Paid in %1: %2 over %n order(s), of which %3 refunded.</source>
        <translation>
            <numerusform>Devise %1&#xa0;: %2 payés sur %n commande, dont %3 remboursés.</numerusform>
            <numerusform>Devise %1&#xa0;: %2 payés sur %n commandes, dont %3 remboursés.</numerusform>
        </translation>
    </message>
    <message>
        <source>The audit log could not be read: %1</source>
        <translation>Le journal d&apos;audit est illisible&#xa0;: %1</translation>
    </message>
    <message>
        <source>FilmFlex Agent Console %1, account %2, no profile.</source>
        <translation>FilmFlex Agent Console %1, compte %2, sans profil.</translation>
    </message>
    <message>
        <source>FilmFlex Agent Console %1, account %2, profile %3.</source>
        <translation>FilmFlex Agent Console %1, compte %2, profil %3.</translation>
    </message>
    <message>
        <source>Worked out as of %1, under the default policy.</source>
        <translation>Calculé à la date du %1, selon les règles par défaut.</translation>
    </message>
    <message>
        <source>Worked out as of %1, under the affiliate&apos;s policy.</source>
        <translation>Calculé à la date du %1, selon les règles du partenaire.</translation>
    </message>
    <message>
        <source>Worked out at %1, under the default policy.</source>
        <translation>Calculé le %1, selon les règles par défaut.</translation>
    </message>
    <message>
        <source>Worked out at %1, under the affiliate&apos;s policy.</source>
        <translation>Calculé le %1, selon les règles du partenaire.</translation>
    </message>
</context>
<context>
    <name>ff::CertificateProblem</name>
    <message>
        <source>subject %1; issuer %2; valid %3 to %4; SHA-256 %5</source>
        <translation>sujet %1&#xa0;; émetteur %2&#xa0;; valide du %3 au %4&#xa0;; SHA-256 %5</translation>
    </message>
    <message>
        <source>The certificate is for %1, not for %2. A certificate for another name is never trusted: the address may be wrong, or someone may be in between.</source>
        <translation>Le certificat est émis pour %1, pas pour %2. Un certificat émis pour un autre nom n&apos;est jamais approuvé&#xa0;: l&apos;adresse est peut-être erronée, ou quelqu&apos;un s&apos;est peut-être interposé.</translation>
    </message>
    <message>
        <source>%1. Only a certificate whose issuer is unknown here (self-signed, or from an internal certificate authority) can be trusted; this one cannot.</source>
        <translation>%1. Seul un certificat dont l&apos;émetteur est inconnu ici (auto-signé, ou émis par une autorité de certification interne) peut être approuvé&#xa0;; ce n&apos;est pas le cas de celui-ci.</translation>
    </message>
</context>
<context>
    <name>ff::ContentDecoding</name>
    <message>
        <source>the decompressor could not start</source>
        <translation>le décompresseur n&apos;a pas pu démarrer</translation>
    </message>
    <message>
        <source>the response inflates to more than the %1 MB limit</source>
        <translation>une fois décompressée, la réponse dépasse la limite de %1 Mo</translation>
    </message>
    <message>
        <source>the compressed response is damaged or cut short</source>
        <translation>la réponse compressée est endommagée ou tronquée</translation>
    </message>
    <message>
        <source>the response is encoded as &quot;%1&quot;, which is not understood</source>
        <translation>la réponse est encodée en &quot;%1&quot;, ce qui n&apos;est pas pris en charge</translation>
    </message>
</context>
<context>
    <name>ff::CredentialStore</name>
    <message>
        <source>no secret is stored for this profile</source>
        <translation>aucun secret n&apos;est enregistré pour ce profil</translation>
    </message>
    <message>
        <source>no keychain is available (%1)</source>
        <translation>aucun trousseau de clés n&apos;est disponible (%1)</translation>
    </message>
    <message>
        <source>the keychain refused access (%1)</source>
        <translation>le trousseau de clés a refusé l&apos;accès (%1)</translation>
    </message>
    <message>
        <source>the keychain failed (%1)</source>
        <translation>erreur du trousseau de clés (%1)</translation>
    </message>
    <message>
        <source>the profile is not saved yet</source>
        <translation>le profil n&apos;est pas encore enregistré</translation>
    </message>
</context>
<context>
    <name>ff::CurrencyTotalsModel</name>
    <message>
        <source>Currency</source>
        <translation>Devise</translation>
    </message>
    <message>
        <source>Purchases</source>
        <translation>Achats</translation>
    </message>
    <message>
        <source>Net</source>
        <translation>HT</translation>
    </message>
    <message>
        <source>Tax</source>
        <translation>Taxe</translation>
    </message>
    <message>
        <source>Gross</source>
        <translation>TTC</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Remarque</translation>
    </message>
    <message>
        <source>%1 (incomplete)</source>
        <translation>%1 (incomplet)</translation>
    </message>
    <message>
        <source>(none)</source>
        <translation>(aucun)</translation>
    </message>
    <message>
        <source>Incomplete: some purchases have no amount, or the sum is too large</source>
        <translation>Incomplet&#xa0;: certains achats n&apos;ont pas de montant, ou le total est trop élevé</translation>
    </message>
</context>
<context>
    <name>ff::CustomerInvestigation</name>
    <message>
        <source>Only the orders were read: the platform&apos;s expiry, how far it played, box-set children and the offer&apos;s terms are not known here.</source>
        <translation>Seules les commandes ont été lues&#xa0;: l&apos;expiration selon la plateforme, la progression de la lecture, les titres du coffret et les conditions de l&apos;offre sont inconnus ici.</translation>
    </message>
</context>
<context>
    <name>ff::DecisionRecords</name>
    <message>
        <source>there is no audit log to record it in</source>
        <translation>aucun journal d&apos;audit où l&apos;enregistrer</translation>
    </message>
    <message>
        <source>Refund granted</source>
        <translation>Remboursement accordé</translation>
    </message>
    <message>
        <source>Refund declined</source>
        <translation>Remboursement refusé</translation>
    </message>
    <message>
        <source>Escalated</source>
        <translation>Escaladé</translation>
    </message>
    <message>
        <source>Last decision: %1, on %2 by %3 (ticket %4): “%5”. Decided on the verdict “%6” (%7) as of %8.</source>
        <translation>Dernière décision&#xa0;: %1, le %2 par %3 (ticket %4)&#xa0;: «&#xa0;%5&#xa0;». Décision prise sur la base de l&apos;avis «&#xa0;%6&#xa0;» (%7) à la date du %8.</translation>
    </message>
</context>
<context>
    <name>ff::DisplayFormat</name>
    <message>
        <source>Yes</source>
        <translation>Oui</translation>
    </message>
    <message>
        <source>No</source>
        <translation>Non</translation>
    </message>
    <message>
        <source>%1 h %2 min %3 s</source>
        <translation>%1 h %2 min %3 s</translation>
    </message>
    <message>
        <source>%1 min %2 s</source>
        <translation>%1 min %2 s</translation>
    </message>
    <message>
        <source>%1 s</source>
        <translation>%1 s</translation>
    </message>
</context>
<context>
    <name>ff::EntitlementModel</name>
    <message>
        <source>Title</source>
        <translation>Titre</translation>
    </message>
    <message>
        <source>Supplier ref</source>
        <translation>Réf. fournisseur</translation>
    </message>
    <message>
        <source>Item id</source>
        <translation>ID article</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Type</translation>
    </message>
    <message>
        <source>Expires</source>
        <translation>Expiration</translation>
    </message>
    <message>
        <source>Licence</source>
        <translation>Licence</translation>
    </message>
    <message>
        <source>Deleted</source>
        <translation>Supprimé</translation>
    </message>
    <message>
        <source>Persistent and transient</source>
        <translation>Persistante et temporaire</translation>
    </message>
    <message>
        <source>Persistent</source>
        <translation>Persistante</translation>
    </message>
    <message>
        <source>Transient</source>
        <translation>Temporaire</translation>
    </message>
    <message>
        <source>None issued</source>
        <translation>Aucune délivrée</translation>
    </message>
    <message>
        <source>acknowledged</source>
        <translation>réception accusée</translation>
    </message>
    <message>
        <source>not acknowledged</source>
        <translation>réception non accusée</translation>
    </message>
    <message>
        <source>Issued: %1, %2</source>
        <translation>Délivrée&#xa0;: %1, %2</translation>
    </message>
    <message>
        <source>%1, %2</source>
        <translation>%1, %2</translation>
    </message>
</context>
<context>
    <name>ff::EvidenceText</name>
    <message>
        <source>%1: %2</source>
        <translation>%1&#xa0;: %2</translation>
    </message>
</context>
<context>
    <name>ff::FieldLabels</name>
    <message>
        <source>Identification</source>
        <translation>Identification</translation>
    </message>
    <message>
        <source>Result</source>
        <translation>Résultat</translation>
    </message>
    <message>
        <source>Detail</source>
        <translation>Détail</translation>
    </message>
    <message>
        <source>Billing details</source>
        <translation>Coordonnées de facturation</translation>
    </message>
    <message>
        <source>Is purchase allowed</source>
        <translation>Achats autorisés</translation>
    </message>
    <message>
        <source>Is purchase order required</source>
        <translation>Bon de commande requis</translation>
    </message>
    <message>
        <source>Purchase order</source>
        <translation>Bon de commande</translation>
    </message>
    <message>
        <source>Purchases</source>
        <translation>Achats</translation>
    </message>
    <message>
        <source>Error</source>
        <translation>Erreur</translation>
    </message>
    <message>
        <source>Response data</source>
        <translation>Données de la réponse</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>Adresse</translation>
    </message>
    <message>
        <source>Company</source>
        <translation>Société</translation>
    </message>
    <message>
        <source>Email</source>
        <translation>E-mail</translation>
    </message>
    <message>
        <source>Mobile</source>
        <translation>Mobile</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Téléphone</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Type</translation>
    </message>
    <message>
        <source>Full name</source>
        <translation>Nom complet</translation>
    </message>
    <message>
        <source>Currency</source>
        <translation>Devise</translation>
    </message>
    <message>
        <source>Date purchased</source>
        <translation>Date d&apos;achat</translation>
    </message>
    <message>
        <source>Gross total</source>
        <translation>Total TTC</translation>
    </message>
    <message>
        <source>ID</source>
        <translation>ID</translation>
    </message>
    <message>
        <source>Invoice number</source>
        <translation>Numéro de facture</translation>
    </message>
    <message>
        <source>Net total</source>
        <translation>Total HT</translation>
    </message>
    <message>
        <source>Paid</source>
        <translation>Payé</translation>
    </message>
    <message>
        <source>Purchase type</source>
        <translation>Type d&apos;achat</translation>
    </message>
    <message>
        <source>Quantity</source>
        <translation>Quantité</translation>
    </message>
    <message>
        <source>Tax</source>
        <translation>Taxe</translation>
    </message>
    <message>
        <source>Unit price</source>
        <translation>Prix unitaire</translation>
    </message>
    <message>
        <source>Entitlement type</source>
        <translation>Type de droit d&apos;accès</translation>
    </message>
    <message>
        <source>Rental expiry time</source>
        <translation>Fin de la location</translation>
    </message>
    <message>
        <source>Last play position</source>
        <translation>Dernière position de lecture</translation>
    </message>
    <message>
        <source>Registered registered device</source>
        <translation>Appareil enregistré</translation>
    </message>
    <message>
        <source>Transient licence issued</source>
        <translation>Licence temporaire délivrée</translation>
    </message>
    <message>
        <source>Media item</source>
        <translation>Élément média</translation>
    </message>
    <message>
        <source>Media assets</source>
        <translation>Ressources média</translation>
    </message>
    <message>
        <source>Children</source>
        <translation>Enfants</translation>
    </message>
    <message>
        <source>Parent</source>
        <translation>Parent</translation>
    </message>
    <message>
        <source>Hide</source>
        <translation>Masqué</translation>
    </message>
    <message>
        <source>Po created date</source>
        <translation>Date de création de la commande</translation>
    </message>
    <message>
        <source>Id</source>
        <translation>ID</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nom</translation>
    </message>
    <message>
        <source>Purchase order id</source>
        <translation>ID de la commande</translation>
    </message>
    <message>
        <source>Offer id</source>
        <translation>ID de l&apos;offre</translation>
    </message>
    <message>
        <source>Supplier ref</source>
        <translation>Réf. fournisseur</translation>
    </message>
    <message>
        <source>Time of first play</source>
        <translation>Première lecture</translation>
    </message>
    <message>
        <source>Rental time</source>
        <translation>Durée de location</translation>
    </message>
    <message>
        <source>View time</source>
        <translation>Durée de visionnage</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Titre</translation>
    </message>
    <message>
        <source>BBFC rating</source>
        <translation>Classification BBFC</translation>
    </message>
    <message>
        <source>Duration</source>
        <translation>Durée</translation>
    </message>
    <message>
        <source>Deleted</source>
        <translation>Supprimé</translation>
    </message>
    <message>
        <source>Requires pre roll</source>
        <translation>Nécessite une publicité pré-roll</translation>
    </message>
    <message>
        <source>Persistent licence issued</source>
        <translation>Licence persistante délivrée</translation>
    </message>
    <message>
        <source>Is DTR</source>
        <translation>Location en téléchargement (DTR)</translation>
    </message>
    <message>
        <source>Supported devices</source>
        <translation>Appareils compatibles</translation>
    </message>
    <message>
        <source>DRM profile</source>
        <translation>Profil DRM</translation>
    </message>
    <message>
        <source>Licence acknowledged</source>
        <translation>Réception de la licence accusée</translation>
    </message>
    <message>
        <source>Entitlement type id</source>
        <translation>ID du type de droit d&apos;accès</translation>
    </message>
    <message>
        <source>Key</source>
        <translation>Clé</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>Valeur</translation>
    </message>
    <message>
        <source>Uri</source>
        <translation>URI</translation>
    </message>
    <message>
        <source>Furniture type</source>
        <translation>Type de visuel</translation>
    </message>
    <message>
        <source>User id</source>
        <translation>ID de l&apos;utilisateur</translation>
    </message>
    <message>
        <source>Asset type</source>
        <translation>Type de ressource</translation>
    </message>
    <message>
        <source>Material title</source>
        <translation>Titre du contenu</translation>
    </message>
    <message>
        <source>Media uri</source>
        <translation>URI du média</translation>
    </message>
    <message>
        <source>Key id</source>
        <translation>ID de clé</translation>
    </message>
    <message>
        <source>Aspect ratio</source>
        <translation>Format d&apos;image</translation>
    </message>
    <message>
        <source>Transcode type id</source>
        <translation>ID du type de transcodage</translation>
    </message>
    <message>
        <source>Transcode type description</source>
        <translation>Description du type de transcodage</translation>
    </message>
    <message>
        <source>Supplier reference</source>
        <translation>Référence fournisseur</translation>
    </message>
    <message>
        <source>Sort title</source>
        <translation>Titre de tri</translation>
    </message>
    <message>
        <source>Title keywords</source>
        <translation>Mots-clés du titre</translation>
    </message>
    <message>
        <source>Release year</source>
        <translation>Année de sortie</translation>
    </message>
    <message>
        <source>Certificate</source>
        <translation>Classification</translation>
    </message>
    <message>
        <source>Cast</source>
        <translation>Distribution</translation>
    </message>
    <message>
        <source>Newsletter synopsis</source>
        <translation>Synopsis de la newsletter</translation>
    </message>
    <message>
        <source>Trailer uri</source>
        <translation>URI de la bande-annonce</translation>
    </message>
    <message>
        <source>Furniture base url</source>
        <translation>URL de base des visuels</translation>
    </message>
    <message>
        <source>Furniture</source>
        <translation>Visuels</translation>
    </message>
    <message>
        <source>External identifiers</source>
        <translation>ID externes</translation>
    </message>
    <message>
        <source>Offers</source>
        <translation>Offres</translation>
    </message>
    <message>
        <source>Audio description available</source>
        <translation>Audiodescription disponible</translation>
    </message>
    <message>
        <source>Start availability</source>
        <translation>Début de disponibilité</translation>
    </message>
    <message>
        <source>End availability</source>
        <translation>Fin de disponibilité</translation>
    </message>
    <message>
        <source>Price</source>
        <translation>Prix</translation>
    </message>
    <message>
        <source>Asset type id</source>
        <translation>ID du type de ressource</translation>
    </message>
    <message>
        <source>Offer type</source>
        <translation>Type d&apos;offre</translation>
    </message>
    <message>
        <source>Merchant ref</source>
        <translation>Réf. marchand</translation>
    </message>
    <message>
        <source>Customer id</source>
        <translation>ID client</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Statut</translation>
    </message>
    <message>
        <source>Create date</source>
        <translation>Date de création</translation>
    </message>
    <message>
        <source>Purchase order item dtos</source>
        <translation>Articles de la commande</translation>
    </message>
    <message>
        <source>Payment provider</source>
        <translation>Prestataire</translation>
    </message>
    <message>
        <source>Payment provider customer id</source>
        <translation>ID client chez le prestataire</translation>
    </message>
    <message>
        <source>Payment provider transaction id</source>
        <translation>ID de transaction du prestataire</translation>
    </message>
    <message>
        <source>Payment provider refund trans id</source>
        <translation>ID de transaction de remboursement du prestataire</translation>
    </message>
    <message>
        <source>Offer type id</source>
        <translation>ID du type d&apos;offre</translation>
    </message>
    <message>
        <source>Shipping ids</source>
        <translation>ID d&apos;expédition</translation>
    </message>
    <message>
        <source>Created date</source>
        <translation>Date de création</translation>
    </message>
    <message>
        <source>Time user first streamed</source>
        <translation>Premier streaming</translation>
    </message>
    <message>
        <source>Time user first downloaded</source>
        <translation>Premier téléchargement</translation>
    </message>
    <message>
        <source>Device id of first play</source>
        <translation>ID de l&apos;appareil de première lecture</translation>
    </message>
    <message>
        <source>Inherited</source>
        <translation>Hérité</translation>
    </message>
    <message>
        <source>Code</source>
        <translation>Code</translation>
    </message>
    <message>
        <source>Device type id</source>
        <translation>ID du type d&apos;appareil</translation>
    </message>
    <message>
        <source>Device type name</source>
        <translation>Nom du type d&apos;appareil</translation>
    </message>
    <message>
        <source>Device name</source>
        <translation>Nom de l&apos;appareil</translation>
    </message>
    <message>
        <source>Updated date</source>
        <translation>Date de mise à jour</translation>
    </message>
    <message>
        <source>Is active</source>
        <translation>Actif</translation>
    </message>
    <message>
        <source>Client id</source>
        <translation>ID de l&apos;application cliente</translation>
    </message>
    <message>
        <source>Can delete</source>
        <translation>Suppression possible</translation>
    </message>
    <message>
        <source>Error code</source>
        <translation>Code d&apos;erreur</translation>
    </message>
    <message>
        <source>Error reason</source>
        <translation>Cause de l&apos;erreur</translation>
    </message>
    <message>
        <source>Device type</source>
        <translation>Type d&apos;appareil</translation>
    </message>
    <message>
        <source>Downloadable</source>
        <translation>Téléchargeable</translation>
    </message>
    <message>
        <source>Streamable</source>
        <translation>Disponible en streaming</translation>
    </message>
</context>
<context>
    <name>ff::InvestigationCells</name>
    <message>
        <source>%1 · %2 left to start</source>
        <translation>%1 · encore %2 pour commencer</translation>
    </message>
    <message>
        <source>%1 · %2 left</source>
        <translation>%1 · encore %2</translation>
    </message>
    <message>
        <source>%1 · %2 ago</source>
        <translation>%1 · il y a %2</translation>
    </message>
    <message>
        <source>, </source>
        <translation>, </translation>
    </message>
    <message numerus="yes">
        <source>%n candidate(s)</source>
        <translation>
            <numerusform>%n candidat</numerusform>
            <numerusform>%n candidats</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ff::ItemFacts</name>
    <message>
        <source>The order names no offer type, so whether it is a rental or bought to keep is unknown.</source>
        <translation>La commande n&apos;indique aucun type d&apos;offre&#xa0;: on ne sait donc pas s&apos;il s&apos;agit d&apos;une location ou d&apos;un achat définitif.</translation>
    </message>
    <message>
        <source>The title&apos;s length &quot;%1&quot; cannot be read.</source>
        <translation>La durée du titre &quot;%1&quot; est illisible.</translation>
    </message>
    <message>
        <source>The title&apos;s length is unknown.</source>
        <translation>La durée du titre est inconnue.</translation>
    </message>
    <message>
        <source>The platform has no current entitlement for this title, so its expiry, how far it played and its offers are unknown.</source>
        <translation>La plateforme n&apos;a aucun droit d&apos;accès actuel pour ce titre&#xa0;: son expiration, la progression de la lecture et ses offres sont donc inconnues.</translation>
    </message>
    <message>
        <source>The entitlement could not be read (%1), so the platform&apos;s expiry, how far it played and the offers are unknown.</source>
        <translation>Le droit d&apos;accès est illisible (%1)&#xa0;: l&apos;expiration selon la plateforme, la progression de la lecture et les offres sont donc inconnues.</translation>
    </message>
    <message>
        <source>The platform&apos;s current entitlement for this title is another item&apos;s (%1), so this item&apos;s expiry, how far it played, box-set children and offers are unknown.</source>
        <translation>Le droit d&apos;accès actuel de la plateforme pour ce titre est celui d&apos;un autre article (%1)&#xa0;: l&apos;expiration, la progression de la lecture, les titres du coffret et les offres de cet article sont donc inconnus.</translation>
    </message>
    <message>
        <source>no id</source>
        <translation>sans ID</translation>
    </message>
    <message>
        <source>Neither the item nor its order says when it was bought.</source>
        <translation>Ni l&apos;article ni sa commande n&apos;indiquent la date d&apos;achat.</translation>
    </message>
</context>
<context>
    <name>ff::ItemStateAt</name>
    <message>
        <source>Whether it is a rental or bought to keep is unknown: the order names no offer type.</source>
        <translation>On ne sait pas s&apos;il s&apos;agit d&apos;une location ou d&apos;un achat définitif&#xa0;: la commande n&apos;indique aucun type d&apos;offre.</translation>
    </message>
    <message>
        <source>The order says it was bought to keep, but its entitlement&apos;s type is &quot;%1&quot;.</source>
        <translation>La commande indique un achat définitif, mais le type de son droit d&apos;accès est &quot;%1&quot;.</translation>
    </message>
    <message>
        <source>The order says it is a rental, but its entitlement&apos;s type is &quot;%1&quot;.</source>
        <translation>La commande indique une location, mais le type de son droit d&apos;accès est &quot;%1&quot;.</translation>
    </message>
    <message>
        <source>The order&apos;s offer type &quot;%1&quot; says it was bought to keep, but the item is marked Download-To-Rent (IsDtr), which is a rental.</source>
        <translation>Le type d&apos;offre &quot;%1&quot; de la commande indique un achat définitif, mais l&apos;article est marqué Download-To-Rent (IsDtr), c&apos;est-à-dire une location.</translation>
    </message>
</context>
<context>
    <name>ff::JsonReader</name>
    <message>
        <source>an array</source>
        <translation>un tableau</translation>
    </message>
    <message>
        <source>an object</source>
        <translation>un objet</translation>
    </message>
    <message>
        <source>a number</source>
        <translation>un nombre</translation>
    </message>
    <message>
        <source>a string</source>
        <translation>une chaîne</translation>
    </message>
    <message>
        <source>a boolean</source>
        <translation>un booléen</translation>
    </message>
    <message>
        <source>an unknown value</source>
        <translation>une valeur inconnue</translation>
    </message>
    <message>
        <source>the text is not valid UTF-8</source>
        <translation>le texte n&apos;est pas de l&apos;UTF-8 valide</translation>
    </message>
    <message>
        <source>objects and arrays are nested too deeply</source>
        <translation>les objets et tableaux sont imbriqués trop profondément</translation>
    </message>
    <message>
        <source>the body is empty, where JSON was expected</source>
        <translation>le corps est vide alors que du JSON était attendu</translation>
    </message>
    <message>
        <source>the JSON ends too soon (truncated?)</source>
        <translation>le JSON se termine trop tôt (tronqué&#xa0;?)</translation>
    </message>
    <message>
        <source>a string is malformed</source>
        <translation>une chaîne est mal formée</translation>
    </message>
    <message>
        <source>this is not valid JSON</source>
        <translation>ce n&apos;est pas du JSON valide</translation>
    </message>
    <message>
        <source>a number is malformed</source>
        <translation>un nombre est mal formé</translation>
    </message>
    <message>
        <source>the body is too large to read</source>
        <translation>le corps est trop volumineux pour être lu</translation>
    </message>
    <message>
        <source>this is not valid JSON (%1)</source>
        <translation>ce n&apos;est pas du JSON valide (%1)</translation>
    </message>
    <message>
        <source>an integer</source>
        <translation>un entier</translation>
    </message>
    <message>
        <source>expected an integer, got %1</source>
        <translation>attendu&#xa0;: un entier&#xa0;; reçu&#xa0;: %1</translation>
    </message>
    <message>
        <source>true or false</source>
        <translation>true ou false</translation>
    </message>
    <message>
        <source>a decimal number</source>
        <translation>un nombre décimal</translation>
    </message>
    <message>
        <source>%1 is not a decimal within .NET&apos;s range and precision</source>
        <translation>%1 n&apos;est pas un décimal dans la plage et la précision de .NET</translation>
    </message>
    <message>
        <source>a date</source>
        <translation>une date</translation>
    </message>
    <message>
        <source>expected an ISO 8601 date, got %1</source>
        <translation>attendu&#xa0;: une date ISO 8601&#xa0;; reçu&#xa0;: %1</translation>
    </message>
    <message>
        <source>a time interval</source>
        <translation>un intervalle de temps</translation>
    </message>
    <message>
        <source>expected a time interval such as &quot;1.02:03:04.5&quot;, got %1</source>
        <translation>attendu&#xa0;: un intervalle de temps comme &quot;1.02:03:04.5&quot;&#xa0;; reçu&#xa0;: %1</translation>
    </message>
    <message>
        <source>a GUID</source>
        <translation>un GUID</translation>
    </message>
    <message>
        <source>expected a GUID, got %1</source>
        <translation>attendu&#xa0;: un GUID&#xa0;; reçu&#xa0;: %1</translation>
    </message>
    <message>
        <source>&quot;$ref&quot; refers to an object that contains it</source>
        <translation>&quot;$ref&quot; fait référence à un objet qui le contient</translation>
    </message>
    <message>
        <source>objects and arrays are nested more than %1 deep</source>
        <translation>les objets et tableaux sont imbriqués sur plus de %1 niveaux</translation>
    </message>
    <message>
        <source>expected %1, got %2</source>
        <translation>attendu&#xa0;: %1&#xa0;; reçu&#xa0;: %2</translation>
    </message>
    <message>
        <source>expected an array, got %1</source>
        <translation>attendu&#xa0;: un tableau&#xa0;; reçu&#xa0;: %1</translation>
    </message>
    <message>
        <source>expected a reference id, got %1</source>
        <translation>attendu&#xa0;: un ID de référence&#xa0;; reçu&#xa0;: %1</translation>
    </message>
    <message>
        <source>&quot;$ref&quot; references repeat more than %1 objects</source>
        <translation>les références &quot;$ref&quot; répètent plus de %1 objets</translation>
    </message>
    <message>
        <source>&quot;$ref&quot;: &quot;%1&quot; names no object read before it</source>
        <translation>&quot;$ref&quot;: &quot;%1&quot; ne désigne aucun objet lu avant lui</translation>
    </message>
    <message>
        <source>there is more after the JSON value</source>
        <translation>il reste du contenu après la valeur JSON</translation>
    </message>
    <message>
        <source>the text is %1: it starts with that encoding&apos;s byte-order mark (BOM), and JSON is read only as UTF-8 (save it as UTF-8)</source>
        <translation>le texte est en %1&#xa0;: il commence par l&apos;indicateur d&apos;ordre des octets (BOM) de cet encodage, et le JSON n&apos;est lu qu&apos;en UTF-8 (enregistrez-le en UTF-8)</translation>
    </message>
    <message>
        <source>&quot;$values&quot; appears twice</source>
        <translation>&quot;$values&quot; apparaît deux fois</translation>
    </message>
</context>
<context>
    <name>ff::LowSpeedGuard</name>
    <message>
        <source>the answer came too slowly: %1 bytes in the last %2 s, less than %3 bytes a second</source>
        <translation>la réponse arrivait trop lentement&#xa0;: %1 octets au cours des %2 dernières secondes, moins de %3 octets par seconde</translation>
    </message>
</context>
<context>
    <name>ff::MoneyInput</name>
    <message>
        <source>Enter an amount, such as %1.</source>
        <translation>Saisissez un montant, par exemple %1.</translation>
    </message>
    <message>
        <source>Type the amount without a sign, such as %1: a price is never negative.</source>
        <translation>Saisissez le montant sans signe, par exemple %1&#xa0;: un prix n&apos;est jamais négatif.</translation>
    </message>
    <message>
        <source>“%1” cannot be part of an amount: type digits, such as %2.</source>
        <translation>«&#xa0;%1&#xa0;» ne peut pas faire partie d&apos;un montant&#xa0;: saisissez des chiffres, par exemple %2.</translation>
    </message>
    <message>
        <source>Type the amount without its currency (it is in %1), such as %2.</source>
        <translation>Saisissez le montant sans sa devise (il est en %1), par exemple %2.</translation>
    </message>
    <message>
        <source>“%1” is not an amount: type digits, such as %2.</source>
        <translation>«&#xa0;%1&#xa0;» n&apos;est pas un montant&#xa0;: saisissez des chiffres, par exemple %2.</translation>
    </message>
    <message>
        <source>An amount has at most %1 decimal places, such as %2.</source>
        <translation>Un montant a au plus %1 décimales, par exemple %2.</translation>
    </message>
    <message>
        <source>An amount in %1 has no decimals: type whole units, such as %2.</source>
        <translation>Un montant en %1 n&apos;a pas de décimales&#xa0;: saisissez des unités entières, par exemple %2.</translation>
    </message>
    <message>
        <source>An amount in %1 has at most %2 decimal places, such as %3.</source>
        <translation>Un montant en %1 a au plus %2 décimales, par exemple %3.</translation>
    </message>
    <message>
        <source>“%1” is too large for an amount.</source>
        <translation>«&#xa0;%1&#xa0;» est trop grand pour un montant.</translation>
    </message>
    <message>
        <source>Your language settings write “%1” before the decimals: write %2.</source>
        <translation>Vos paramètres de langue placent «&#xa0;%1&#xa0;» avant les décimales&#xa0;: écrivez %2.</translation>
    </message>
    <message>
        <source>“%1” is not an amount as your language settings write it: write %2.</source>
        <translation>«&#xa0;%1&#xa0;» n&apos;est pas un montant tel que l&apos;écrivent vos paramètres de langue&#xa0;: écrivez %2.</translation>
    </message>
    <message>
        <source>“%1” is not an amount as your language settings write it: write %2 or %3.</source>
        <translation>«&#xa0;%1&#xa0;» n&apos;est pas un montant tel que l&apos;écrivent vos paramètres de langue&#xa0;: écrivez %2 ou %3.</translation>
    </message>
</context>
<context>
    <name>ff::MonthlySpendModel</name>
    <message>
        <source>(none)</source>
        <translation>(aucun)</translation>
    </message>
    <message numerus="yes">
        <source>%1: %2 (%n purchase(s))</source>
        <translation>
            <numerusform>%1&#xa0;: %2 (%n achat)</numerusform>
            <numerusform>%1&#xa0;: %2 (%n achats)</numerusform>
        </translation>
    </message>
    <message>
        <source>(incomplete: the sum is too large)</source>
        <translation>(incomplet&#xa0;: total trop élevé)</translation>
    </message>
    <message numerus="yes">
        <source>%n purchase(s) without a date are not in the chart.</source>
        <translation>
            <numerusform>%n achat sans date n&apos;apparaît pas dans le graphique.</numerusform>
            <numerusform>%n achats sans date n&apos;apparaissent pas dans le graphique.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n purchase(s) without a gross amount are not in the chart.</source>
        <translation>
            <numerusform>%n achat sans montant TTC n&apos;apparaît pas dans le graphique.</numerusform>
            <numerusform>%n achats sans montant TTC n&apos;apparaissent pas dans le graphique.</numerusform>
        </translation>
    </message>
    <message>
        <source>Month</source>
        <translation>Mois</translation>
    </message>
    <message>
        <source>Currency</source>
        <translation>Devise</translation>
    </message>
    <message>
        <source>Spend</source>
        <translation>Dépenses</translation>
    </message>
    <message>
        <source>Purchases</source>
        <translation>Achats</translation>
    </message>
</context>
<context>
    <name>ff::NewItemRules</name>
    <message>
        <source>must be a positive number</source>
        <translation>doit être un nombre positif</translation>
    </message>
    <message>
        <source>must not be empty</source>
        <translation>ne doit pas être vide</translation>
    </message>
    <message>
        <source>cannot be &quot;.&quot; or &quot;..&quot;</source>
        <translation>ne peut pas être &quot;.&quot; ou &quot;..&quot;</translation>
    </message>
    <message>
        <source>is required</source>
        <translation>est obligatoire</translation>
    </message>
    <message>
        <source>must not be negative</source>
        <translation>ne doit pas être une valeur négative</translation>
    </message>
    <message>
        <source>is %1, but the item is being added to order %2</source>
        <translation>vaut %1, mais l&apos;article est ajouté à la commande %2</translation>
    </message>
</context>
<context>
    <name>ff::PathSegment</name>
    <message>
        <source>%1 is empty</source>
        <translation>%1 est vide</translation>
    </message>
    <message>
        <source>%1 cannot be &quot;%2&quot;: it would not survive as a path segment</source>
        <translation>%1 ne peut pas être &quot;%2&quot;&#xa0;: la valeur ne passerait pas telle quelle dans un segment de chemin</translation>
    </message>
</context>
<context>
    <name>ff::PrivateFile</name>
    <message>
        <source>Could not save %1: %2</source>
        <translation>Impossible d&apos;enregistrer %1&#xa0;: %2</translation>
    </message>
</context>
<context>
    <name>ff::ProfileStore</name>
    <message>
        <source>Profile “%1”: its proxy had a user name or password saved in the settings file. Proxy authentication is not supported, so they were removed; the proxy %2 is used without them.</source>
        <translation>Profil «&#xa0;%1&#xa0;»&#xa0;: un nom d&apos;utilisateur ou un mot de passe de son proxy était enregistré dans le fichier de paramètres. L&apos;authentification proxy n&apos;étant pas prise en charge, ils ont été supprimés&#xa0;; le proxy %2 est utilisé sans eux.</translation>
    </message>
    <message numerus="yes">
        <source>Profile “%1”: %n certificate(s) trusted by fingerprint alone are no longer trusted, because trust is now given for one server (host and port). When the server&apos;s certificate is shown, review it and trust it again if it is expected.</source>
        <translation>
            <numerusform>Profil «&#xa0;%1&#xa0;»&#xa0;: %n certificat approuvé sur sa seule empreinte n&apos;est plus approuvé, car la confiance est désormais accordée pour un seul serveur (hôte et port). Quand le certificat du serveur s&apos;affichera, examinez-le et faites-lui de nouveau confiance s&apos;il est attendu.</numerusform>
            <numerusform>Profil «&#xa0;%1&#xa0;»&#xa0;: %n certificats approuvés sur leur seule empreinte ne sont plus approuvés, car la confiance est désormais accordée pour un seul serveur (hôte et port). Quand le certificat du serveur s&apos;affichera, examinez-le et faites-lui de nouveau confiance s&apos;il est attendu.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ff::PurchaseOrderModel</name>
    <message>
        <source>No items</source>
        <translation>Aucun article</translation>
    </message>
    <message numerus="yes">
        <source>%n items</source>
        <translation>
            <numerusform>%n article</numerusform>
            <numerusform>%n articles</numerusform>
        </translation>
    </message>
    <message>
        <source>Order / item</source>
        <translation>Commande / article</translation>
    </message>
    <message>
        <source>Created</source>
        <translation>Création</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Statut</translation>
    </message>
    <message>
        <source>Offer type</source>
        <translation>Type d&apos;offre</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Titre</translation>
    </message>
    <message>
        <source>Supplier ref</source>
        <translation>Réf. fournisseur</translation>
    </message>
    <message>
        <source>Price</source>
        <translation>Prix</translation>
    </message>
    <message>
        <source>Rental (days)</source>
        <translation>Location (j)</translation>
    </message>
    <message>
        <source>View (hours)</source>
        <translation>Visionnage (h)</translation>
    </message>
    <message>
        <source>First play</source>
        <translation>1re lecture</translation>
    </message>
    <message>
        <source>Licence ack.</source>
        <translation>AR licence</translation>
    </message>
    <message>
        <source>Payment provider</source>
        <translation>Prestataire</translation>
    </message>
    <message>
        <source>Transaction id</source>
        <translation>ID transaction</translation>
    </message>
    <message>
        <source>Refund transaction id</source>
        <translation>ID transaction remb.</translation>
    </message>
    <message>
        <source>When the order or item was created, in your time zone</source>
        <translation>Date de création de la commande ou de l&apos;article, dans votre fuseau horaire</translation>
    </message>
    <message>
        <source>An item&apos;s price; on an order, its items&apos; prices added up</source>
        <translation>Prix d&apos;un article&#xa0;; pour une commande, la somme des prix de ses articles</translation>
    </message>
    <message>
        <source>Days from the order until the rental ends</source>
        <translation>Jours entre la commande et la fin de la location</translation>
    </message>
    <message>
        <source>Hours from the first play until the rental ends</source>
        <translation>Heures entre la première lecture et la fin de la location</translation>
    </message>
    <message>
        <source>Whether a device acknowledged receiving the licence</source>
        <translation>Indique si un appareil a accusé réception de la licence</translation>
    </message>
    <message>
        <source>The payment provider&apos;s transaction; an item without its own shows its order&apos;s</source>
        <translation>Transaction du prestataire de paiement&#xa0;; un article qui n&apos;a pas la sienne affiche celle de sa commande</translation>
    </message>
    <message>
        <source>Order %1</source>
        <translation>Commande %1</translation>
    </message>
    <message>
        <source>Item %1</source>
        <translation>Article %1</translation>
    </message>
    <message>
        <source>Deleted</source>
        <translation>Supprimé</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>State</source>
        <translation>État</translation>
    </message>
    <message>
        <source>Where the item stands: not started, active, expired, owned, refunded; with the time left or since</source>
        <translation>Où en est l&apos;article&#xa0;: non commencé, actif, expiré, acheté, remboursé&#xa0;; avec le temps restant ou écoulé</translation>
    </message>
    <message>
        <source>Verdict</source>
        <translation>Avis</translation>
    </message>
    <message>
        <source>Whether a refund is due, needs a person&apos;s review, or is not due; on an order, its refund candidates</source>
        <translation>Remboursement dû, à examiner par une personne ou non dû&#xa0;; pour une commande, ses candidats au remboursement</translation>
    </message>
    <message>
        <source>Signals</source>
        <translation>Indicateurs</translation>
    </message>
    <message>
        <source>The facts about the item that bear on a refund</source>
        <translation>Les faits concernant l&apos;article qui comptent pour un remboursement</translation>
    </message>
</context>
<context>
    <name>ff::PurchaseSignals</name>
    <message>
        <source>Offer %1 is not among the title&apos;s offers, so the terms it was sold on cannot be checked.</source>
        <translation>L&apos;offre %1 ne figure pas parmi les offres du titre&#xa0;: les conditions de vente ne peuvent donc pas être vérifiées.</translation>
    </message>
    <message>
        <source>Offer %1 was not on sale at the purchase instant, so the terms it was sold on cannot be checked.</source>
        <translation>L&apos;offre %1 n&apos;était pas en vente au moment de l&apos;achat&#xa0;: les conditions de vente ne peuvent donc pas être vérifiées.</translation>
    </message>
</context>
<context>
    <name>ff::RefundPolicyJson</name>
    <message>
        <source>expected a whole number from %1 to %2</source>
        <translation>attendu&#xa0;: un nombre entier de %1 à %2</translation>
    </message>
    <message>
        <source>expected an array of strings</source>
        <translation>attendu&#xa0;: un tableau de chaînes</translation>
    </message>
    <message>
        <source>expected an array of strings, none of them empty</source>
        <translation>attendu&#xa0;: un tableau de chaînes, aucune vide</translation>
    </message>
    <message>
        <source>expected an array of whole numbers</source>
        <translation>attendu&#xa0;: un tableau de nombres entiers</translation>
    </message>
    <message>
        <source>expected an object of signal names and weights</source>
        <translation>attendu&#xa0;: un objet associant des noms d&apos;indicateurs à des poids</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a signal</source>
        <translation>&quot;%1&quot; n&apos;est pas un indicateur</translation>
    </message>
    <message>
        <source>&quot;already-refunded&quot; has no weight: the state decides</source>
        <translation>&quot;already-refunded&quot; n&apos;a pas de poids&#xa0;: c&apos;est l&apos;état qui décide</translation>
    </message>
    <message>
        <source>the weight of &quot;%1&quot; must be &quot;supports&quot;, &quot;review&quot; or &quot;opposes&quot;</source>
        <translation>le poids de &quot;%1&quot; doit être &quot;supports&quot;, &quot;review&quot; ou &quot;opposes&quot;</translation>
    </message>
    <message>
        <source>the policy is not valid JSON: %1 (at byte %2)</source>
        <translation>les règles ne sont pas du JSON valide&#xa0;: %1 (à l&apos;octet %2)</translation>
    </message>
    <message>
        <source>the policy must be a JSON object</source>
        <translation>les règles doivent être un objet JSON</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a policy setting</source>
        <translation>&quot;%1&quot; n&apos;est pas un paramètre des règles</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1&#xa0;: %2</translation>
    </message>
</context>
<context>
    <name>ff::RefundSentences</name>
    <message>
        <source>%1 at %2 %3</source>
        <translation>%1 à %2&#xa0;%3</translation>
    </message>
    <message>
        <source>%1 d %2 h</source>
        <translation>%1 j %2 h</translation>
    </message>
    <message>
        <source>%1 d</source>
        <translation>%1 j</translation>
    </message>
    <message>
        <source>%1 h %2 min</source>
        <translation>%1 h %2 min</translation>
    </message>
    <message>
        <source>%1 min</source>
        <translation>%1 min</translation>
    </message>
    <message>
        <source>%1 s</source>
        <translation>%1 s</translation>
    </message>
    <message>
        <source>%1, %2 left to start</source>
        <translation>%1, encore %2 pour commencer</translation>
    </message>
    <message>
        <source>%1, %2 left</source>
        <translation>%1, encore %2</translation>
    </message>
    <message>
        <source>%1, %2 ago</source>
        <translation>%1, il y a %2</translation>
    </message>
    <message>
        <source>You bought it on %1; it has not been played or downloaded on any device.</source>
        <translation>Vous l&apos;avez acheté le %1&#xa0;; il n&apos;a été lu ou téléchargé sur aucun appareil.</translation>
    </message>
    <message>
        <source>You rented it on %1; it has not been played or downloaded on any device.</source>
        <translation>Vous l&apos;avez loué le %1&#xa0;; il n&apos;a été lu ou téléchargé sur aucun appareil.</translation>
    </message>
    <message>
        <source>The rental ended on %1 without being played or downloaded.</source>
        <translation>La location a pris fin le %1 sans que le titre ait été lu ou téléchargé.</translation>
    </message>
    <message>
        <source>A licence was issued on %1, but no device confirmed receiving it, and nothing was played or downloaded.</source>
        <translation>Une licence a été délivrée le %1, mais aucun appareil n&apos;en a confirmé la réception, et rien n&apos;a été lu ni téléchargé.</translation>
    </message>
    <message>
        <source>It was streamed on %1 and stopped after %2.</source>
        <translation>Il a été lu en streaming le %1 et arrêté au bout de %2.</translation>
    </message>
    <message>
        <source>It played to %1 of %2.</source>
        <translation>Il a été regardé jusqu&apos;à %1 sur %2.</translation>
    </message>
    <message>
        <source>Order %1 was already refunded (reference %2); the refund covers every item in it.</source>
        <translation>La commande %1 a déjà été remboursée (référence %2)&#xa0;; le remboursement couvre tous ses articles.</translation>
    </message>
    <message>
        <source>Order %1 is marked refunded; the refund covers every item in it.</source>
        <translation>La commande %1 est marquée comme remboursée&#xa0;; le remboursement couvre tous ses articles.</translation>
    </message>
    <message>
        <source>The records&apos; times do not fit together (a licence, play or download before the purchase or before the licence), so a clock may be wrong.</source>
        <translation>Les horaires enregistrés ne concordent pas (une licence, une lecture ou un téléchargement avant l&apos;achat ou avant la licence)&#xa0;: une horloge est peut-être déréglée.</translation>
    </message>
    <message>
        <source>You already owned this title (order %1, bought on %2).</source>
        <translation>Vous possédiez déjà ce titre (commande %1, acheté le %2).</translation>
    </message>
    <message>
        <source>You already had this title on rental (order %1, rented on %2, running until %3).</source>
        <translation>Vous aviez déjà ce titre en location (commande %1, loué le %2, valable jusqu&apos;au %3).</translation>
    </message>
    <message>
        <source>Neither copy has been played or downloaded.</source>
        <translation>Aucun des deux exemplaires n&apos;a été lu ni téléchargé.</translation>
    </message>
    <message>
        <source>This copy, bought on %1, has not been played or downloaded.</source>
        <translation>Cet exemplaire, acheté le %1, n&apos;a été ni lu ni téléchargé.</translation>
    </message>
    <message>
        <source>The earlier one was never played or downloaded.</source>
        <translation>Le premier n&apos;a jamais été lu ni téléchargé.</translation>
    </message>
    <message>
        <source>Both copies have been played or downloaded.</source>
        <translation>Les deux exemplaires ont été lus ou téléchargés.</translation>
    </message>
    <message>
        <source>%1 %2</source>
        <translation>%1&#xa0;%2</translation>
    </message>
    <message>
        <source>You paid %1; offer %2 on sale at the time was %3.</source>
        <translation>Vous avez payé %1&#xa0;; l&apos;offre %2 en vente à ce moment-là était à %3.</translation>
    </message>
    <message>
        <source>The rental was given %1 d to start; offer %2 on sale at the time gave %3 d.</source>
        <translation>La location laissait %1 j pour commencer&#xa0;; l&apos;offre %2 en vente à ce moment-là laissait %3 j.</translation>
    </message>
    <message>
        <source>The rental was given %1 h to watch; offer %2 on sale at the time gave %3 h.</source>
        <translation>La location laissait %1 h pour regarder&#xa0;; l&apos;offre %2 en vente à ce moment-là laissait %3 h.</translation>
    </message>
    <message>
        <source>The platform says the rental ends on %1, but its terms give %2.</source>
        <translation>La plateforme indique que la location se termine le %1, mais ses conditions donnent le %2.</translation>
    </message>
    <message>
        <source>The order says &quot;%1&quot;, bought to keep, but the title is marked as a download-to-rent rental.</source>
        <translation>La commande indique &quot;%1&quot;, achat définitif, mais le titre est marqué comme location en téléchargement (download-to-rent).</translation>
    </message>
    <message>
        <source>The order says &quot;%1&quot;, but the platform lists the title as &quot;%2&quot;.</source>
        <translation>La commande indique &quot;%1&quot;, mais la plateforme répertorie le titre comme &quot;%2&quot;.</translation>
    </message>
    <message numerus="yes">
        <source>%n of the %1 titles in this box set have been started.</source>
        <translation>
            <numerusform>%n des %1 titres de ce coffret a été commencé.</numerusform>
            <numerusform>%n des %1 titres de ce coffret ont été commencés.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ff::RefundTerms</name>
    <message>
        <source>Unpaid</source>
        <translation>Impayé</translation>
    </message>
    <message>
        <source>Refunded</source>
        <translation>Remboursé</translation>
    </message>
    <message>
        <source>Deleted</source>
        <translation>Supprimé</translation>
    </message>
    <message>
        <source>Owned, not played</source>
        <translation>Acheté, non lu</translation>
    </message>
    <message>
        <source>Owned, played</source>
        <translation>Acheté, lu</translation>
    </message>
    <message>
        <source>Not started</source>
        <translation>Non commencé</translation>
    </message>
    <message>
        <source>Active</source>
        <translation>Actif</translation>
    </message>
    <message>
        <source>Expired, unused</source>
        <translation>Expiré, non utilisé</translation>
    </message>
    <message>
        <source>Expired, watched</source>
        <translation>Expiré, regardé</translation>
    </message>
    <message>
        <source>Unknown</source>
        <translation>Inconnu</translation>
    </message>
    <message>
        <source>Already refunded</source>
        <translation>Déjà remboursé</translation>
    </message>
    <message>
        <source>Nothing paid</source>
        <translation>Aucun paiement</translation>
    </message>
    <message>
        <source>Refund due</source>
        <translation>Remboursement dû</translation>
    </message>
    <message>
        <source>Review</source>
        <translation>À examiner</translation>
    </message>
    <message>
        <source>No refund due</source>
        <translation>Remboursement non dû</translation>
    </message>
    <message>
        <source>Unwatched in the courtesy window</source>
        <translation>Non regardé dans le délai de courtoisie</translation>
    </message>
    <message>
        <source>Expired unused</source>
        <translation>Expiré sans utilisation</translation>
    </message>
    <message>
        <source>Delivery failure</source>
        <translation>Échec de livraison</translation>
    </message>
    <message>
        <source>Stopped early</source>
        <translation>Arrêté tôt</translation>
    </message>
    <message>
        <source>Watched</source>
        <translation>Regardé</translation>
    </message>
    <message>
        <source>Duplicate</source>
        <translation>Achat en double</translation>
    </message>
    <message>
        <source>Terms differ</source>
        <translation>Conditions différentes</translation>
    </message>
    <message>
        <source>Box set partly used</source>
        <translation>Coffret en partie utilisé</translation>
    </message>
    <message>
        <source>Clock anomaly</source>
        <translation>Anomalie d&apos;horloge</translation>
    </message>
    <message>
        <source>Entitlement conflict</source>
        <translation>Conflit de droit d&apos;accès</translation>
    </message>
    <message>
        <source>Supports a refund</source>
        <translation>Favorable au remboursement</translation>
    </message>
    <message>
        <source>Needs review</source>
        <translation>À examiner</translation>
    </message>
    <message>
        <source>Opposes a refund</source>
        <translation>Défavorable au remboursement</translation>
    </message>
</context>
<context>
    <name>ff::RentalWindow</name>
    <message>
        <source>RentalTime %1 is not a number of days a rental can last.</source>
        <translation>RentalTime %1 n&apos;est pas un nombre de jours possible pour une location.</translation>
    </message>
    <message>
        <source>The rental has no RentalTime and no licence was issued, so when it ends is unknown.</source>
        <translation>La location n&apos;a pas de RentalTime et aucune licence n&apos;a été délivrée&#xa0;: sa date de fin est donc inconnue.</translation>
    </message>
    <message>
        <source>The rental has no RentalTime and no ViewTime, so when it ends is unknown.</source>
        <translation>La location n&apos;a ni RentalTime ni ViewTime&#xa0;: sa date de fin est donc inconnue.</translation>
    </message>
    <message>
        <source>When the rental ends is unknown.</source>
        <translation>La date de fin de la location est inconnue.</translation>
    </message>
</context>
<context>
    <name>ff::SandboxInfoReader</name>
    <message>
        <source>the sandbox&apos;s description could not be read: %1</source>
        <translation>la description du bac à sable est illisible&#xa0;: %1</translation>
    </message>
    <message>
        <source>the sandbox answered HTTP %1 when asked to describe itself</source>
        <translation>le bac à sable a répondu HTTP %1 quand on lui a demandé de se décrire</translation>
    </message>
    <message>
        <source>the sandbox did not describe itself: %1</source>
        <translation>le bac à sable ne s&apos;est pas décrit&#xa0;: %1</translation>
    </message>
</context>
<context>
    <name>ff::SandboxLauncher</name>
    <message>
        <source>%1 did not report ready within %2 s</source>
        <translation>%1 ne s&apos;est pas déclaré prêt dans les %2 s</translation>
    </message>
    <message>
        <source>the sandbox is already running</source>
        <translation>le bac à sable est déjà en cours d&apos;exécution</translation>
    </message>
    <message>
        <source>ffconsole-sandbox was not found next to this program or on PATH</source>
        <translation>ffconsole-sandbox est introuvable, ni à côté de ce programme ni dans le PATH</translation>
    </message>
    <message>
        <source>%1 printed too much before reporting ready; is it really ffconsole-sandbox?</source>
        <translation>%1 a affiché trop de texte avant de se déclarer prêt&#xa0;; est-ce bien ffconsole-sandbox&#xa0;?</translation>
    </message>
    <message>
        <source>cannot start %1: %2</source>
        <translation>impossible de démarrer %1&#xa0;: %2</translation>
    </message>
    <message>
        <source>%1 reported ready without an address and its tokens</source>
        <translation>%1 s&apos;est déclaré prêt sans adresse ni jetons</translation>
    </message>
    <message>
        <source>%1 crashed before reporting ready</source>
        <translation>%1 a planté avant de se déclarer prêt</translation>
    </message>
    <message>
        <source>%1 crashed: %2</source>
        <translation>%1 a planté&#xa0;: %2</translation>
    </message>
    <message>
        <source>%1 exited with code %2 before reporting ready</source>
        <translation>%1 s&apos;est arrêté avec le code %2 avant de se déclarer prêt</translation>
    </message>
    <message>
        <source>%1 exited with code %2: %3</source>
        <translation>%1 s&apos;est arrêté avec le code %2&#xa0;: %3</translation>
    </message>
</context>
<context>
    <name>ff::TimelineEvents</name>
    <message>
        <source>Bought</source>
        <translation>Achat</translation>
    </message>
    <message>
        <source>Order created</source>
        <translation>Commande créée</translation>
    </message>
    <message>
        <source>Licence issued</source>
        <translation>Licence délivrée</translation>
    </message>
    <message>
        <source>First streamed</source>
        <translation>Premier streaming</translation>
    </message>
    <message>
        <source>First downloaded</source>
        <translation>Premier téléchargement</translation>
    </message>
    <message>
        <source>Window ended</source>
        <translation>Période terminée</translation>
    </message>
    <message>
        <source>Window ends</source>
        <translation>Fin de période</translation>
    </message>
    <message>
        <source>As of</source>
        <translation>Date de calcul</translation>
    </message>
    <message>
        <source>Now</source>
        <translation>Maintenant</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1&#xa0;: %2</translation>
    </message>
    <message>
        <source>Time line, in time order: %1.</source>
        <translation>Chronologie, dans l&apos;ordre&#xa0;: %1.</translation>
    </message>
</context>
<context>
    <name>ff::TimelinePainter</name>
    <message>
        <source>%1 · %2</source>
        <translation>%1 · %2</translation>
    </message>
    <message>
        <source>%1 – %2</source>
        <translation>%1 – %2</translation>
    </message>
</context>
<context>
    <name>ff::WriteVerification</name>
    <message>
        <source>the order already had an identical item before this one was sent, so whether a second one was added cannot be told for certain: check the order&apos;s items</source>
        <translation>la commande avait déjà un article identique avant cet envoi&#xa0;: impossible de savoir avec certitude si un second a été ajouté&#xa0;; vérifiez les articles de la commande</translation>
    </message>
    <message>
        <source>the order now has the item (item %1): it was added</source>
        <translation>la commande contient maintenant l&apos;article (article %1)&#xa0;: il a été ajouté</translation>
    </message>
    <message>
        <source>the order has no new item: it was not added</source>
        <translation>la commande n&apos;a aucun nouvel article&#xa0;: il n&apos;a pas été ajouté</translation>
    </message>
    <message>
        <source>the licence was already marked acknowledged before, so this cannot tell whether the new acknowledgement was recorded</source>
        <translation>la réception de la licence était déjà accusée auparavant&#xa0;: impossible donc de savoir si le nouvel accusé de réception a été enregistré</translation>
    </message>
    <message>
        <source>the licence is now marked acknowledged: it was recorded</source>
        <translation>la réception de la licence est maintenant accusée&#xa0;: l&apos;accusé de réception a été enregistré</translation>
    </message>
    <message>
        <source>the licence is still not acknowledged: it was not recorded</source>
        <translation>la réception de la licence n&apos;est toujours pas accusée&#xa0;: l&apos;accusé de réception n&apos;a pas été enregistré</translation>
    </message>
    <message>
        <source>it is not there yet, but the server may still be working on it</source>
        <translation>ce n&apos;est pas encore visible, mais le serveur est peut-être encore en train de le traiter</translation>
    </message>
    <message>
        <source>the answer is about order %1, not order %2</source>
        <translation>la réponse concerne la commande %1, pas la commande %2</translation>
    </message>
    <message>
        <source>the answer names no order</source>
        <translation>la réponse n&apos;indique aucune commande</translation>
    </message>
    <message>
        <source>the order in the answer does not hold the item that was sent</source>
        <translation>la commande de la réponse ne contient pas l&apos;article envoyé</translation>
    </message>
    <message>
        <source>the answer is about item %1, not item %2</source>
        <translation>la réponse concerne l&apos;article %1, pas l&apos;article %2</translation>
    </message>
    <message>
        <source>the answer names no item</source>
        <translation>la réponse n&apos;indique aucun article</translation>
    </message>
    <message>
        <source>the answer does not show the licence acknowledged</source>
        <translation>la réponse n&apos;indique pas que la réception de la licence est accusée</translation>
    </message>
    <message numerus="yes">
        <source>the order now has %n new items like this one: check them before doing anything else</source>
        <translation>
            <numerusform>la commande contient maintenant %n nouvel article comme celui-ci&#xa0;: vérifiez-le avant toute autre action</numerusform>
            <numerusform>la commande contient maintenant %n nouveaux articles comme celui-ci&#xa0;: vérifiez-les avant toute autre action</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>the order changed in other ways meanwhile (%n other new item(s)): check it before trying again</source>
        <translation>
            <numerusform>la commande a changé entre-temps d&apos;une autre manière (%n autre nouvel article)&#xa0;: vérifiez-la avant de réessayer</numerusform>
            <numerusform>la commande a changé entre-temps d&apos;une autre manière (%n autres nouveaux articles)&#xa0;: vérifiez-la avant de réessayer</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ff::XmlReader</name>
    <message>
        <source>the body is empty, where XML was expected</source>
        <translation>le corps est vide alors que du XML était attendu</translation>
    </message>
    <message>
        <source>the document declares a DTD, which is not accepted</source>
        <translation>le document déclare une DTD, ce qui n&apos;est pas accepté</translation>
    </message>
    <message>
        <source>the body holds no XML element</source>
        <translation>le corps ne contient aucun élément XML</translation>
    </message>
    <message>
        <source> (line %1, column %2)</source>
        <translation> (ligne %1, colonne %2)</translation>
    </message>
    <message>
        <source>the XML ends too soon (truncated?)</source>
        <translation>le XML se termine trop tôt (tronqué&#xa0;?)</translation>
    </message>
    <message>
        <source>this is not well-formed XML: %1</source>
        <translation>ce XML n&apos;est pas bien formé&#xa0;: %1</translation>
    </message>
    <message>
        <source>there is more than one root element</source>
        <translation>il y a plus d&apos;un élément racine</translation>
    </message>
    <message>
        <source>elements are nested more than %1 deep</source>
        <translation>les éléments sont imbriqués sur plus de %1 niveaux</translation>
    </message>
    <message>
        <source>expected an integer, got &quot;%1&quot;</source>
        <translation>attendu&#xa0;: un entier&#xa0;; reçu&#xa0;: &quot;%1&quot;</translation>
    </message>
    <message>
        <source>expected true or false, got &quot;%1&quot;</source>
        <translation>attendu&#xa0;: true ou false&#xa0;; reçu&#xa0;: &quot;%1&quot;</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a decimal within .NET&apos;s range and precision</source>
        <translation>&quot;%1&quot; n&apos;est pas un décimal dans la plage et la précision de .NET</translation>
    </message>
    <message>
        <source>expected an ISO 8601 date, got &quot;%1&quot;</source>
        <translation>attendu&#xa0;: une date ISO 8601&#xa0;; reçu&#xa0;: &quot;%1&quot;</translation>
    </message>
    <message>
        <source>expected a GUID, got &quot;%1&quot;</source>
        <translation>attendu&#xa0;: un GUID&#xa0;; reçu&#xa0;: &quot;%1&quot;</translation>
    </message>
    <message>
        <source>expected a DateTime in UTC and OffsetMinutes (-840 to 840), got &quot;%1&quot; and &quot;%2&quot;</source>
        <translation>attendu&#xa0;: un DateTime en UTC et OffsetMinutes (-840 à 840)&#xa0;; reçu&#xa0;: &quot;%1&quot; et &quot;%2&quot;</translation>
    </message>
</context>
<context>
    <name>ff::cli::AckLicenseCommand</name>
    <message>
        <source>Affiliate id.</source>
        <translation>ID du partenaire.</translation>
    </message>
    <message>
        <source>The device id that received the licence.</source>
        <translation>ID de l&apos;appareil qui a reçu la licence.</translation>
    </message>
    <message>
        <source>Purchase order item id.</source>
        <translation>ID de l&apos;article de la commande.</translation>
    </message>
    <message>
        <source>ack-license of item %1</source>
        <translation>ack-license de l&apos;article %1</translation>
    </message>
    <message>
        <source>ffconsole-cli orders --affiliate %1 --customer NAME shows whether item %2 has LicenseAcknowledged</source>
        <translation>ffconsole-cli orders --affiliate %1 --customer NAME indique si l&apos;article %2 a LicenseAcknowledged</translation>
    </message>
    <message>
        <source>acknowledge a licence a device received</source>
        <translation>accuser réception d&apos;une licence reçue par un appareil</translation>
    </message>
</context>
<context>
    <name>ff::cli::AddItemCommand</name>
    <message>
        <source>Purchase order id.</source>
        <translation>ID de la commande.</translation>
    </message>
    <message>
        <source>A PurchaseOrderItem as JSON, from a file or - for stdin.</source>
        <translation>Un PurchaseOrderItem en JSON, depuis un fichier ou - pour stdin.</translation>
    </message>
    <message>
        <source>The order&apos;s affiliate: with --customer, read the order back when the answer says nothing certain.</source>
        <translation>Partenaire de la commande&#xa0;: avec --customer, relire la commande quand la réponse n&apos;est pas concluante.</translation>
    </message>
    <message>
        <source>The order&apos;s customer (name or email), with --affiliate.</source>
        <translation>Client de la commande (nom ou e-mail), avec --affiliate.</translation>
    </message>
    <message>
        <source>--item-json is required (a file, or - for stdin)</source>
        <translation>--item-json est obligatoire (un fichier, ou - pour stdin)</translation>
    </message>
    <message>
        <source>cannot read --item-json %1: %2</source>
        <translation>impossible de lire --item-json %1&#xa0;: %2</translation>
    </message>
    <message>
        <source>--item-json is larger than 1 MB: not an item</source>
        <translation>--item-json dépasse 1 Mo&#xa0;: ce n&apos;est pas un article</translation>
    </message>
    <message>
        <source>--item-json is not a valid PurchaseOrderItem: %1</source>
        <translation>--item-json n&apos;est pas un PurchaseOrderItem valide&#xa0;: %1</translation>
    </message>
    <message>
        <source>--item-json: %1</source>
        <translation>--item-json&#xa0;: %1</translation>
    </message>
    <message>
        <source>--affiliate and --customer go together: the order&apos;s customer, to read it back</source>
        <translation>--affiliate et --customer vont ensemble&#xa0;: le client de la commande, pour la relire</translation>
    </message>
    <message>
        <source>add-item to order %1</source>
        <translation>add-item sur la commande %1</translation>
    </message>
    <message>
        <source>order %1 is not one of this customer&apos;s orders, so it could not be read back; nothing was sent</source>
        <translation>la commande %1 ne fait pas partie des commandes de ce client, elle n&apos;a donc pas pu être relue&#xa0;; rien n&apos;a été envoyé</translation>
    </message>
    <message>
        <source>ffconsole-cli orders --affiliate N --customer NAME lists order %1&apos;s items (add-item --affiliate N --customer NAME reads it back by itself)</source>
        <translation>ffconsole-cli orders --affiliate N --customer NAME liste les articles de la commande %1 (add-item --affiliate N --customer NAME la relit de lui-même)</translation>
    </message>
    <message>
        <source>add an item to a purchase order</source>
        <translation>ajouter un article à une commande</translation>
    </message>
</context>
<context>
    <name>ff::cli::CellText</name>
    <message>
        <source>yes</source>
        <translation>oui</translation>
    </message>
    <message>
        <source>no</source>
        <translation>non</translation>
    </message>
</context>
<context>
    <name>ff::cli::CliApplication</name>
    <message>
        <source>Platform API base URL (default: the profile&apos;s, or FFCONSOLE_BASE_URL).</source>
        <translation>URL de base de l&apos;API de la plateforme (par défaut&#xa0;: celle du profil, ou FFCONSOLE_BASE_URL).</translation>
    </message>
    <message>
        <source>Admin accounts API base URL (default: --base-url).</source>
        <translation>URL de base de l&apos;API d&apos;administration des comptes (par défaut&#xa0;: --base-url).</translation>
    </message>
    <message>
        <source>Connection profile saved by the console; its secret comes from the keychain.</source>
        <translation>Profil de connexion enregistré par la console&#xa0;; son secret vient du trousseau de clés.</translation>
    </message>
    <message>
        <source>Give up when nothing arrives for this many seconds, 0.1 to 3600 (default 30).</source>
        <translation>Abandonner quand rien n&apos;arrive pendant ce nombre de secondes, de 0.1 à 3600 (30 par défaut).</translation>
    </message>
    <message>
        <source>Give up when an answer averages fewer bytes a second than this over --speed-time (default 1024).</source>
        <translation>Abandonner quand une réponse arrive en moyenne à moins de ce nombre d&apos;octets par seconde sur --speed-time (1024 par défaut).</translation>
    </message>
    <message>
        <source>The window --speed-limit is measured over, in seconds (default 30).</source>
        <translation>Durée sur laquelle --speed-limit est mesuré, en secondes (30 par défaut).</translation>
    </message>
    <message>
        <source>Output format: table, json or csv (default table); investigate also jsonl; report pdf, csv or text.</source>
        <translation>Format de sortie&#xa0;: table, json ou csv (table par défaut)&#xa0;; investigate aussi jsonl&#xa0;; report pdf, csv ou text.</translation>
    </message>
    <message>
        <source>Authentication: bearer, apikey or basic (default: the profile&apos;s, or bearer).</source>
        <translation>Authentification&#xa0;: bearer, apikey ou basic (par défaut&#xa0;: celle du profil, ou bearer).</translation>
    </message>
    <message>
        <source>Header name for apikey authentication (default X-Api-Key).</source>
        <translation>Nom de l&apos;en-tête pour l&apos;authentification apikey (X-Api-Key par défaut).</translation>
    </message>
    <message>
        <source>Show this help.</source>
        <translation>Afficher cette aide.</translation>
    </message>
    <message>
        <source>Show the version.</source>
        <translation>Afficher la version.</translation>
    </message>
    <message>
        <source>%1 %2 is not a server of profile &quot;%3&quot; (%4), and its secret goes nowhere else; for another server leave out --profile and set FFCONSOLE_TOKEN</source>
        <translation>%1 %2 n&apos;est pas un serveur du profil &quot;%3&quot; (%4), et son secret ne va nulle part ailleurs&#xa0;; pour un autre serveur, omettez --profile et définissez FFCONSOLE_TOKEN</translation>
    </message>
    <message>
        <source>%1 must be an http(s) URL, not &quot;%2&quot;</source>
        <translation>%1 doit être une URL http(s), et non &quot;%2&quot;</translation>
    </message>
    <message>
        <source>Usage: ffconsole-cli [--base-url URL] [--admin-url URL] [--profile NAME] [--timeout SEC]
                     [--speed-limit BYTES] [--speed-time SEC] [--format table|json|csv] COMMAND ...

The FilmFlex Agent Console&apos;s command-line companion, for scripting and bulk refund work.
The secret comes from FFCONSOLE_TOKEN (and FFCONSOLE_USER for basic authentication) or
from the profile&apos;s keychain entry; it is never taken from the command line.

Commands:
</source>
        <translation>Utilisation&#xa0;: ffconsole-cli [--base-url URL] [--admin-url URL] [--profile NAME] [--timeout SEC]
                            [--speed-limit BYTES] [--speed-time SEC] [--format table|json|csv] COMMAND ...

L&apos;outil en ligne de commande de FilmFlex Agent Console, pour les scripts et les remboursements en masse.
Le secret vient de FFCONSOLE_TOKEN (et de FFCONSOLE_USER pour l&apos;authentification basic) ou
de l&apos;entrée du profil dans le trousseau de clés&#xa0;; il n&apos;est jamais pris sur la ligne de commande.

Commandes&#xa0;:
</translation>
    </message>
    <message>
        <source>
Run ffconsole-cli COMMAND --help for a command&apos;s options.
Exit codes: 0 ok, 2 bad input, 3 not found, 4 not authorised, 5 API error,
6 network failure or timeout, or a write that may have been applied,
7 malformed response, 8 some customers of an investigate list failed,
9 the output could not be written (stdout, or report&apos;s --out file).
</source>
        <translation>
Lancez ffconsole-cli COMMAND --help pour voir les options d&apos;une commande.
Codes de sortie&#xa0;: 0 succès, 2 saisie incorrecte, 3 introuvable, 4 non autorisé, 5 erreur de l&apos;API,
6 échec réseau ou délai dépassé, ou modification peut-être appliquée,
7 réponse mal formée, 8 échec pour certains clients d&apos;une liste d&apos;investigate,
9 impossible d&apos;écrire la sortie (stdout, ou le fichier --out de report).
</translation>
    </message>
    <message>
        <source>orders, entitlement, purchases, add-item, ack-license, investigate or report</source>
        <translation>orders, entitlement, purchases, add-item, ack-license, investigate ou report</translation>
    </message>
    <message>
        <source>no command given; try --help</source>
        <translation>aucune commande indiquée&#xa0;; essayez --help</translation>
    </message>
    <message>
        <source>unknown command &quot;%1&quot;; try --help</source>
        <translation>commande &quot;%1&quot; inconnue&#xa0;; essayez --help</translation>
    </message>
    <message>
        <source>unexpected argument &quot;%1&quot;</source>
        <translation>argument inattendu &quot;%1&quot;</translation>
    </message>
    <message>
        <source>--format must be %1 or %2, not &quot;%3&quot;</source>
        <translation>--format doit être %1 ou %2, et non &quot;%3&quot;</translation>
    </message>
    <message>
        <source>--auth must be bearer, apikey or basic, not &quot;%1&quot;</source>
        <translation>--auth doit être bearer, apikey ou basic, et non &quot;%1&quot;</translation>
    </message>
    <message>
        <source>no profile named &quot;%1&quot; (none are saved)</source>
        <translation>aucun profil nommé &quot;%1&quot; (aucun profil enregistré)</translation>
    </message>
    <message>
        <source>no profile named &quot;%1&quot;; saved: %2</source>
        <translation>aucun profil nommé &quot;%1&quot;&#xa0;; profils enregistrés&#xa0;: %2</translation>
    </message>
    <message>
        <source>no server given: use --base-url URL or --profile NAME</source>
        <translation>aucun serveur indiqué&#xa0;: utilisez --base-url URL ou --profile NAME</translation>
    </message>
    <message>
        <source>no secret for profile &quot;%1&quot;: %2; set FFCONSOLE_TOKEN instead</source>
        <translation>aucun secret pour le profil &quot;%1&quot;&#xa0;: %2&#xa0;; définissez plutôt FFCONSOLE_TOKEN</translation>
    </message>
    <message>
        <source>no secret: set FFCONSOLE_TOKEN, or use a --profile whose secret is in the keychain</source>
        <translation>aucun secret&#xa0;: définissez FFCONSOLE_TOKEN, ou utilisez un --profile dont le secret est dans le trousseau de clés</translation>
    </message>
    <message>
        <source>basic authentication needs a user name: set FFCONSOLE_USER</source>
        <translation>l&apos;authentification basic exige un nom d&apos;utilisateur&#xa0;: définissez FFCONSOLE_USER</translation>
    </message>
</context>
<context>
    <name>ff::cli::CommandOutcome</name>
    <message>
        <source>%1 – the change may have been applied: check before sending it again</source>
        <translation>%1 – la modification a peut-être été appliquée&#xa0;: vérifiez avant de la renvoyer</translation>
    </message>
    <message>
        <source>%1 (request id %2)</source>
        <translation>%1 (ID de requête %2)</translation>
    </message>
</context>
<context>
    <name>ff::cli::EntitlementCommand</name>
    <message>
        <source>Affiliate id.</source>
        <translation>ID du partenaire.</translation>
    </message>
    <message>
        <source>The purchase order item&apos;s supplier ref.</source>
        <translation>Référence fournisseur de l&apos;article de la commande.</translation>
    </message>
    <message>
        <source>Include the parent and child entitlements.</source>
        <translation>Inclure les droits d&apos;accès parent et enfants.</translation>
    </message>
    <message>
        <source>the current entitlement for a supplier ref</source>
        <translation>le droit d&apos;accès actuel pour une référence fournisseur</translation>
    </message>
</context>
<context>
    <name>ff::cli::EntitlementOutput</name>
    <message>
        <source>Title</source>
        <translation>Titre</translation>
    </message>
    <message>
        <source>Supplier ref</source>
        <translation>Réf. fournisseur</translation>
    </message>
    <message>
        <source>Item / order</source>
        <translation>Article / commande</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Type</translation>
    </message>
    <message>
        <source>Price</source>
        <translation>Prix</translation>
    </message>
    <message>
        <source>Rental expires (UTC)</source>
        <translation>Fin de location (UTC)</translation>
    </message>
    <message>
        <source>First play (UTC)</source>
        <translation>1re lecture (UTC)</translation>
    </message>
    <message>
        <source>Last play position</source>
        <translation>Dernière pos. lecture</translation>
    </message>
    <message>
        <source>Licence acknowledged</source>
        <translation>AR de la licence</translation>
    </message>
    <message>
        <source>Persistent licence</source>
        <translation>Licence persistante</translation>
    </message>
    <message>
        <source>Transient licence</source>
        <translation>Licence temporaire</translation>
    </message>
    <message>
        <source>Deleted</source>
        <translation>Supprimé</translation>
    </message>
    <message>
        <source>Device</source>
        <translation>Appareil</translation>
    </message>
    <message>
        <source>%1 (%2, id %3)</source>
        <translation>%1 (%2, ID %3)</translation>
    </message>
    <message>
        <source>Media item</source>
        <translation>Élément média</translation>
    </message>
    <message>
        <source>Media assets</source>
        <translation>Ressources média</translation>
    </message>
    <message>
        <source>%1 [%2, item %3]</source>
        <translation>%1 [%2, article %3]</translation>
    </message>
    <message>
        <source>Parent</source>
        <translation>Parent</translation>
    </message>
    <message>
        <source>Children</source>
        <translation>Enfants</translation>
    </message>
</context>
<context>
    <name>ff::cli::InputValidation</name>
    <message>
        <source>--%1 is required</source>
        <translation>--%1 est obligatoire</translation>
    </message>
    <message>
        <source>--%1 must be a positive whole number, not &quot;%2&quot;</source>
        <translation>--%1 doit être un nombre entier positif, et non &quot;%2&quot;</translation>
    </message>
    <message>
        <source>--%1 must be a GUID such as 1b01b296-1469-4c46-b14b-c46719621538, not &quot;%2&quot;</source>
        <translation>--%1 doit être un GUID, p. ex. 1b01b296-1469-4c46-b14b-c46719621538, et non &quot;%2&quot;</translation>
    </message>
    <message>
        <source>--%1 must be a date as YYYY-MM-DD, not &quot;%2&quot;</source>
        <translation>--%1 doit être une date au format YYYY-MM-DD, et non &quot;%2&quot;</translation>
    </message>
    <message>
        <source>--%1 must be a number of seconds from 0.1 to 3600, such as 30 or 2.5, not &quot;%2&quot;</source>
        <translation>--%1 doit être un nombre de secondes de 0.1 à 3600, p. ex. 30 ou 2.5, et non &quot;%2&quot;</translation>
    </message>
    <message>
        <source>--%1 is empty</source>
        <translation>--%1 est vide</translation>
    </message>
    <message>
        <source>--%1 cannot be &quot;%2&quot;</source>
        <translation>--%1 ne peut pas être &quot;%2&quot;</translation>
    </message>
</context>
<context>
    <name>ff::cli::InvestigateCommand</name>
    <message>
        <source>Investigates refunds: each item&apos;s state, refund signals and verdict, from the same rules as the
console&apos;s window. Read only: it never writes to the server.
With --profile, the affiliate&apos;s refund policy and time zone are the profile&apos;s, as in the window
(--policy wins over the profile&apos;s policy); without, the built-in policy and this machine&apos;s zone.
Sentences name the zone of their dates. Formats: table, json, csv, or jsonl (one JSON object a
line).
With --customers, one JSON line per item as each customer completes, and one line
{&quot;Customer&quot;, &quot;Error&quot;, &quot;ExitCode&quot;} for a customer that failed; the run goes on. Exit 0 when
every customer succeeded, 8 when some failed, and when none succeeded and all failed alike, the
code one alone would have given; 9 when stdout could not be written (the customers whose lines
did not get out are not recorded in --state).</source>
        <translation>Analyse les remboursements&#xa0;: l&apos;état, les indicateurs de remboursement et l&apos;avis de chaque article,
selon les mêmes règles que la fenêtre de la console. Lecture seule&#xa0;: n&apos;écrit jamais sur le serveur.
Avec --profile, les règles de remboursement et le fuseau horaire du partenaire sont ceux du profil,
comme dans la fenêtre (--policy l&apos;emporte sur les règles du profil)&#xa0;; sans, les règles intégrées et
le fuseau de cette machine. Les phrases indiquent le fuseau de leurs dates. Formats&#xa0;: table, json,
csv ou jsonl (un objet JSON par ligne).
Avec --customers, une ligne JSON par article à mesure que chaque client est terminé, et une ligne
{&quot;Customer&quot;, &quot;Error&quot;, &quot;ExitCode&quot;} pour un client en échec&#xa0;; l&apos;exécution continue. Code de sortie 0
quand tous les clients ont réussi, 8 quand certains ont échoué et, quand aucun n&apos;a réussi et que tous
ont échoué de la même façon, le code qu&apos;un seul aurait donné&#xa0;; 9 quand stdout n&apos;a pas pu être écrit
(les clients dont les lignes ne sont pas sorties ne sont pas consignés dans --state).</translation>
    </message>
    <message>
        <source>A list of customers, one a line, instead of --customer; written as JSON Lines (--format jsonl) as each customer completes.</source>
        <translation>Une liste de clients, un par ligne, au lieu de --customer&#xa0;; les résultats sont écrits en JSON Lines (--format jsonl) à mesure que chaque client est terminé.</translation>
    </message>
    <message>
        <source>Only the refund candidates (verdict due or review).</source>
        <translation>Seulement les candidats au remboursement (avis&#xa0;: remboursement dû ou à examiner).</translation>
    </message>
    <message>
        <source>Requests in flight at once, 1 to 32 (default 4).</source>
        <translation>Requêtes en cours simultanément, de 1 à 32 (4 par défaut).</translation>
    </message>
    <message>
        <source>With --customers: records the customers that succeeded, so that a rerun with the same file skips them (with the same --at, policy, --entitlements and --candidates-only: other options are refused).</source>
        <translation>Avec --customers&#xa0;: consigne les clients traités avec succès, pour qu&apos;une nouvelle exécution avec le même fichier les saute (avec les mêmes --at, règles, --entitlements et --candidates-only&#xa0;: d&apos;autres options sont refusées).</translation>
    </message>
    <message>
        <source>give either --customer NAME or --customers FILE</source>
        <translation>indiquez soit --customer NAME, soit --customers FILE</translation>
    </message>
    <message>
        <source>--concurrency must be a whole number from 1 to %1, not &quot;%2&quot;</source>
        <translation>--concurrency doit être un nombre entier de 1 à %1, et non &quot;%2&quot;</translation>
    </message>
    <message>
        <source>--state goes with --customers: it records a list&apos;s progress</source>
        <translation>--state va avec --customers&#xa0;: il consigne l&apos;avancement d&apos;une liste</translation>
    </message>
    <message>
        <source>--customers writes JSON Lines, one line per item as each customer completes: use --format jsonl</source>
        <translation>--customers écrit en JSON Lines, une ligne par article à mesure que chaque client est terminé&#xa0;: utilisez --format jsonl</translation>
    </message>
    <message>
        <source>cannot read --customers %1: %2</source>
        <translation>impossible de lire --customers %1&#xa0;: %2</translation>
    </message>
    <message>
        <source>refund investigation: each item&apos;s state, signals and verdict</source>
        <translation>analyse des remboursements&#xa0;: état, indicateurs et avis de chaque article</translation>
    </message>
</context>
<context>
    <name>ff::cli::InvestigateFetch</name>
    <message>
        <source>not sent: the run was stopped</source>
        <translation>requête non envoyée&#xa0;: l&apos;exécution a été arrêtée</translation>
    </message>
    <message>
        <source>the entitlement of supplier ref &quot;%1&quot;: %2</source>
        <translation>le droit d&apos;accès de la référence fournisseur &quot;%1&quot;&#xa0;: %2</translation>
    </message>
</context>
<context>
    <name>ff::cli::InvestigateList</name>
    <message>
        <source>--customers %1: %2</source>
        <translation>--customers %1&#xa0;: %2</translation>
    </message>
    <message>
        <source>write error</source>
        <translation>erreur d&apos;écriture</translation>
    </message>
    <message numerus="yes">
        <source>%1 of %n customer(s), %2 failed, %3 already done</source>
        <translation>
            <numerusform>%1 sur %n client, échecs&#xa0;: %2, déjà traités&#xa0;: %3</numerusform>
            <numerusform>%1 sur %n clients, échecs&#xa0;: %2, déjà traités&#xa0;: %3</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 of %n customer(s), %2 failed</source>
        <translation>
            <numerusform>%1 sur %n client, échecs&#xa0;: %2</numerusform>
            <numerusform>%1 sur %n clients, échecs&#xa0;: %2</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>cannot write to stdout: %1; the run stopped after %n customer(s) written in full, and only those that succeeded are recorded in --state: run again with it to go on</source>
        <translation>
            <numerusform>impossible d&apos;écrire sur stdout&#xa0;: %1&#xa0;; l&apos;exécution s&apos;est arrêtée après %n client écrit en entier, et seuls les clients traités avec succès sont consignés dans --state&#xa0;: relancez avec le même --state pour continuer</numerusform>
            <numerusform>impossible d&apos;écrire sur stdout&#xa0;: %1&#xa0;; l&apos;exécution s&apos;est arrêtée après %n clients écrits en entier, et seuls les clients traités avec succès sont consignés dans --state&#xa0;: relancez avec le même --state pour continuer</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>cannot write to stdout: %1; the run stopped after %n customer(s) written in full</source>
        <translation>
            <numerusform>impossible d&apos;écrire sur stdout&#xa0;: %1&#xa0;; l&apos;exécution s&apos;est arrêtée après %n client écrit en entier</numerusform>
            <numerusform>impossible d&apos;écrire sur stdout&#xa0;: %1&#xa0;; l&apos;exécution s&apos;est arrêtée après %n clients écrits en entier</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 of %n customer(s) failed, and the rest were not tried; the last: %2</source>
        <translation>
            <numerusform>échecs&#xa0;: %1 sur %n client essayé, les autres ne l&apos;ont pas été&#xa0;; dernière erreur&#xa0;: %2</numerusform>
            <numerusform>échecs&#xa0;: %1 sur %n clients essayés, les autres ne l&apos;ont pas été&#xa0;; dernière erreur&#xa0;: %2</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 of %n customer(s) failed; the last: %2</source>
        <translation>
            <numerusform>échecs&#xa0;: %1 sur %n client essayé&#xa0;; dernière erreur&#xa0;: %2</numerusform>
            <numerusform>échecs&#xa0;: %1 sur %n clients essayés&#xa0;; dernière erreur&#xa0;: %2</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ff::cli::InvestigateOptions</name>
    <message>
        <source>--at must be an ISO 8601 instant with its offset, such as 2026-03-06T20:00:00+01:00 or 2026-03-06T19:00:00Z, not &quot;%1&quot;</source>
        <translation>--at doit être un instant ISO 8601 avec son décalage, p. ex. 2026-03-06T20:00:00+01:00 ou 2026-03-06T19:00:00Z, et non &quot;%1&quot;</translation>
    </message>
    <message>
        <source>cannot read --policy %1: %2</source>
        <translation>impossible de lire --policy %1&#xa0;: %2</translation>
    </message>
    <message>
        <source>--policy %1 is larger than 1 MB: not a policy</source>
        <translation>--policy %1 dépasse 1 Mo&#xa0;: ce ne sont pas des règles</translation>
    </message>
    <message>
        <source>--policy %1: %2</source>
        <translation>--policy %1&#xa0;: %2</translation>
    </message>
    <message>
        <source>Affiliate id.</source>
        <translation>ID du partenaire.</translation>
    </message>
    <message>
        <source>Customer name or email address.</source>
        <translation>Nom ou adresse e-mail du client.</translation>
    </message>
    <message>
        <source>The instant to investigate at, ISO 8601 with its offset (default: now, when the run starts).</source>
        <translation>Instant auquel faire l&apos;analyse, en ISO 8601 avec son décalage (par défaut&#xa0;: maintenant, au début de l&apos;exécution).</translation>
    </message>
    <message>
        <source>A refund policy as JSON (default: the built-in policy).</source>
        <translation>Règles de remboursement en JSON (par défaut&#xa0;: les règles intégrées).</translation>
    </message>
    <message>
        <source>Also read the current entitlement of each supplier ref (404: none); without it, the orders alone.</source>
        <translation>Lire aussi le droit d&apos;accès actuel de chaque référence fournisseur (404&#xa0;: aucun)&#xa0;; sans cette option, les commandes seules.</translation>
    </message>
    <message>
        <source>profile &quot;%1&quot;: %2</source>
        <translation>profil &quot;%1&quot;&#xa0;: %2</translation>
    </message>
</context>
<context>
    <name>ff::cli::InvestigateStateFile</name>
    <message>
        <source>given</source>
        <translation>indiquée</translation>
    </message>
    <message>
        <source>not given</source>
        <translation>non indiquée</translation>
    </message>
    <message>
        <source>not given (the instant each run starts)</source>
        <translation>non indiquée (l&apos;instant où commence chaque exécution)</translation>
    </message>
    <message>
        <source>no --policy</source>
        <translation>sans --policy</translation>
    </message>
    <message>
        <source>--state %1: %2</source>
        <translation>--state %1&#xa0;: %2</translation>
    </message>
    <message>
        <source>--state %1 holds customers of affiliate %2 worked out with other options, and its results and this run&apos;s would disagree: %3. Run with the options it was begun with, or give another --state file</source>
        <translation>--state %1 contient des clients du partenaire %2 calculés avec d&apos;autres options, et ses résultats ne concorderaient pas avec ceux de cette exécution&#xa0;: %3. Relancez avec les options du début, ou indiquez un autre fichier --state</translation>
    </message>
    <message>
        <source>--at was %1 and is now %2</source>
        <translation>--at&#xa0;: avant %1, maintenant %2</translation>
    </message>
    <message>
        <source>the policy differs (--policy was %1 and is now %2; its content counts)</source>
        <translation>les règles diffèrent (--policy&#xa0;: avant %1, maintenant %2&#xa0;; c&apos;est leur contenu qui compte)</translation>
    </message>
    <message>
        <source>%1 was %2 and is now %3</source>
        <translation>%1&#xa0;: avant %2, maintenant %3</translation>
    </message>
</context>
<context>
    <name>ff::cli::InvestigationOutput</name>
    <message>
        <source>Order</source>
        <translation>Commande</translation>
    </message>
    <message>
        <source>Item</source>
        <translation>Article</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Titre</translation>
    </message>
    <message>
        <source>State</source>
        <translation>État</translation>
    </message>
    <message>
        <source>Verdict</source>
        <translation>Avis</translation>
    </message>
    <message>
        <source>Signals</source>
        <translation>Indicateurs</translation>
    </message>
    <message numerus="yes">
        <source>%n item(s), %1</source>
        <translation>
            <numerusform>%n article, %1</numerusform>
            <numerusform>%n articles, %1</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n refund candidate(s)</source>
        <translation>
            <numerusform>%n candidat au remboursement</numerusform>
            <numerusform>%n candidats au remboursement</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ff::cli::OrderOutput</name>
    <message>
        <source>Order</source>
        <translation>Commande</translation>
    </message>
    <message>
        <source>Created (UTC)</source>
        <translation>Création (UTC)</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Statut</translation>
    </message>
    <message>
        <source>Item</source>
        <translation>Article</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Titre</translation>
    </message>
    <message>
        <source>Supplier ref</source>
        <translation>Réf. fournisseur</translation>
    </message>
    <message>
        <source>Price</source>
        <translation>Prix</translation>
    </message>
    <message>
        <source>First play (UTC)</source>
        <translation>1re lecture (UTC)</translation>
    </message>
    <message>
        <source>Licence ack</source>
        <translation>AR licence</translation>
    </message>
    <message>
        <source>Deleted</source>
        <translation>Supprimé</translation>
    </message>
    <message>
        <source>Provider</source>
        <translation>Prestataire</translation>
    </message>
    <message>
        <source>Transaction</source>
        <translation>Transaction</translation>
    </message>
    <message>
        <source>Refund</source>
        <translation>Remb.</translation>
    </message>
    <message numerus="yes">
        <source>%n order(s), %1</source>
        <translation>
            <numerusform>%n commande, %1</numerusform>
            <numerusform>%n commandes, %1</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n item(s)</source>
        <translation>
            <numerusform>%n article</numerusform>
            <numerusform>%n articles</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ff::cli::OrdersCommand</name>
    <message>
        <source>Affiliate id.</source>
        <translation>ID du partenaire.</translation>
    </message>
    <message>
        <source>Customer name or email address.</source>
        <translation>Nom ou adresse e-mail du client.</translation>
    </message>
    <message>
        <source>all purchase orders of a customer</source>
        <translation>toutes les commandes d&apos;un client</translation>
    </message>
</context>
<context>
    <name>ff::cli::PurchasesCommand</name>
    <message>
        <source>Account id (the customer&apos;s CustomerId).</source>
        <translation>ID du compte (le CustomerId du client).</translation>
    </message>
    <message>
        <source>Only purchases on or after this date.</source>
        <translation>Seulement les achats effectués à cette date ou après.</translation>
    </message>
    <message>
        <source>Only purchases on or before this date.</source>
        <translation>Seulement les achats effectués à cette date ou avant.</translation>
    </message>
    <message>
        <source>Only paid invoices.</source>
        <translation>Seulement les factures payées.</translation>
    </message>
    <message>
        <source>Only purchases of this type.</source>
        <translation>Seulement les achats de ce type.</translation>
    </message>
    <message>
        <source>Software version for the XML gateway.</source>
        <translation>Version logicielle pour la passerelle XML.</translation>
    </message>
    <message>
        <source>Ask the server for XML instead of JSON.</source>
        <translation>Demander du XML au serveur au lieu du JSON.</translation>
    </message>
    <message>
        <source>--from is after --to</source>
        <translation>--from est postérieur à --to</translation>
    </message>
    <message>
        <source>--type is empty</source>
        <translation>--type est vide</translation>
    </message>
    <message>
        <source>--software-version is empty</source>
        <translation>--software-version est vide</translation>
    </message>
    <message>
        <source>an account&apos;s credit purchases, with totals per currency</source>
        <translation>les achats du compte d&apos;un client, avec les totaux par devise</translation>
    </message>
</context>
<context>
    <name>ff::cli::PurchasesOutput</name>
    <message>
        <source>Account user</source>
        <translation>Utilisateur</translation>
    </message>
    <message>
        <source>Billing</source>
        <translation>Facturation</translation>
    </message>
    <message>
        <source>Purchase order</source>
        <translation>Bon de commande</translation>
    </message>
    <message>
        <source>Date (UTC)</source>
        <translation>Date (UTC)</translation>
    </message>
    <message>
        <source>Invoice</source>
        <translation>Facture</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Type</translation>
    </message>
    <message>
        <source>Qty</source>
        <translation>Qté</translation>
    </message>
    <message>
        <source>Unit price</source>
        <translation>Prix unitaire</translation>
    </message>
    <message>
        <source>Net</source>
        <translation>HT</translation>
    </message>
    <message>
        <source>Tax</source>
        <translation>Taxe</translation>
    </message>
    <message>
        <source>Gross</source>
        <translation>TTC</translation>
    </message>
    <message>
        <source>Currency</source>
        <translation>Devise</translation>
    </message>
    <message>
        <source>Paid</source>
        <translation>Payé</translation>
    </message>
    <message>
        <source>Purchases</source>
        <translation>Achats</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Remarque</translation>
    </message>
    <message>
        <source>(none)</source>
        <translation>(aucune)</translation>
    </message>
    <message>
        <source>some amounts missing</source>
        <translation>certains montants manquent</translation>
    </message>
    <message>
        <source>Totals per currency</source>
        <translation>Totaux par devise</translation>
    </message>
</context>
<context>
    <name>ff::cli::ReportCommand</name>
    <message>
        <source>Makes a customer&apos;s refund case report, as the console&apos;s window does: a PDF to attach, a CSV with one
row per item, or text to paste into a ticket. The items are worked out exactly as investigate works
them out (the same policy, instant and zone); the refund candidates are reported in full and every
other item on a line, or with --items only those items, each in full. The decisions and writes the
audit log holds for the customer are added (a log that cannot be read is said in the report).
The file is readable by you only, and written whole or not at all. --out - writes to stdout (a PDF
only to a file or a pipe). Read only: it never writes to the server. Exit 3 when an item of --items
is not one of the customer&apos;s, 9 when the file could not be written.</source>
        <translation>Crée le rapport de dossier de remboursement d&apos;un client, comme la fenêtre de la console&#xa0;: un PDF à
joindre, un CSV avec une ligne par article, ou du texte à coller dans un ticket. Les articles sont
calculés exactement comme investigate les calcule (mêmes règles, même instant, même fuseau)&#xa0;; les
candidats au remboursement sont présentés en détail et chaque autre article sur une ligne, ou, avec
--items, seulement ces articles, chacun en détail. Les décisions et modifications que le journal
d&apos;audit contient pour le client sont ajoutées (un journal illisible est signalé dans le rapport).
Le fichier n&apos;est lisible que par vous, et il est écrit en entier ou pas du tout. --out - écrit sur
stdout (un PDF seulement vers un fichier ou un tube). Lecture seule&#xa0;: n&apos;écrit jamais sur le serveur.
Code de sortie 3 quand un article de --items n&apos;est pas un article du client, 9 quand le fichier n&apos;a
pas pu être écrit.</translation>
    </message>
    <message>
        <source>The file to write, or - for stdout.</source>
        <translation>Fichier à écrire, ou - pour stdout.</translation>
    </message>
    <message>
        <source>Only these item ids, each reported in full (default: the whole customer).</source>
        <translation>Seulement ces ID d&apos;articles, chacun présenté en détail (par défaut&#xa0;: le client entier).</translation>
    </message>
    <message>
        <source>The ticket or case reference the report is for.</source>
        <translation>Ticket ou référence du dossier concerné par le rapport.</translation>
    </message>
    <message>
        <source>give --customer NAME</source>
        <translation>indiquez --customer NAME</translation>
    </message>
    <message>
        <source>report needs --format pdf, csv or text</source>
        <translation>report exige --format pdf, csv ou text</translation>
    </message>
    <message>
        <source>The whole customer: the refund candidates in full, every other item on a line</source>
        <translation>Le client entier&#xa0;: les candidats au remboursement en détail, une ligne pour chaque autre article</translation>
    </message>
    <message numerus="yes">
        <source>%n chosen item(s), each in full: %1</source>
        <translation>
            <numerusform>%n article choisi, en détail&#xa0;: %1</numerusform>
            <numerusform>%n articles choisis, chacun en détail&#xa0;: %1</numerusform>
        </translation>
    </message>
    <message>
        <source>Orders</source>
        <translation>Commandes</translation>
    </message>
    <message>
        <source>Entitlements</source>
        <translation>Droits d&apos;accès</translation>
    </message>
    <message>
        <source>--items: %1 not among the items of customer &quot;%2&quot; of affiliate %3</source>
        <translation>--items&#xa0;: le client &quot;%2&quot; du partenaire %3 n&apos;a pas d&apos;article %1</translation>
    </message>
    <message>
        <source>no report was made</source>
        <translation>aucun rapport n&apos;a été créé</translation>
    </message>
    <message>
        <source>a customer&apos;s refund case report: PDF, CSV or ticket text</source>
        <translation>le rapport de dossier de remboursement d&apos;un client&#xa0;: PDF, CSV ou texte pour ticket</translation>
    </message>
</context>
<context>
    <name>ff::cli::ReportDestination</name>
    <message>
        <source>report needs --out FILE (or --out - for stdout)</source>
        <translation>report exige --out FILE (ou --out - pour stdout)</translation>
    </message>
    <message>
        <source>a PDF is not written to a terminal: give --out FILE, or send stdout to a file or a pipe</source>
        <translation>un PDF ne s&apos;écrit pas dans un terminal&#xa0;: indiquez --out FILE, ou redirigez stdout vers un fichier ou un tube</translation>
    </message>
    <message>
        <source>the PDF could not be made</source>
        <translation>le PDF n&apos;a pas pu être créé</translation>
    </message>
    <message>
        <source>%1 could not be written</source>
        <translation>impossible d&apos;écrire %1</translation>
    </message>
</context>
<context>
    <name>ff::cli::WriteCommand</name>
    <message>
        <source>Ticket or case reference, kept in the audit log.</source>
        <translation>Ticket ou référence du dossier, conservé dans le journal d&apos;audit.</translation>
    </message>
    <message>
        <source>Why the change is made, kept in the audit log.</source>
        <translation>Motif de la modification, conservé dans le journal d&apos;audit.</translation>
    </message>
    <message>
        <source>Send it even though the audit log holds the same change with an outcome that was never found out (check first).</source>
        <translation>Envoyer quand même, bien que le journal d&apos;audit contienne la même modification avec un résultat jamais établi (vérifiez d&apos;abord).</translation>
    </message>
    <message>
        <source>cannot read the audit log %1 to check for an earlier %2 whose outcome is unknown: %3; nothing was sent</source>
        <translation>impossible de lire le journal d&apos;audit %1 pour vérifier qu&apos;aucune tentative antérieure (%2) n&apos;a un résultat inconnu&#xa0;: %3&#xa0;; rien n&apos;a été envoyé</translation>
    </message>
    <message>
        <source>not sent: an earlier %1 (%2, ticket &quot;%3&quot;, from the %4) may have been applied and was never found out; check first (ffconsole-cli orders --affiliate N --customer NAME), then add --force to send it all the same</source>
        <translation>non envoyé&#xa0;: une tentative antérieure (%1, %2, ticket &quot;%3&quot;, source %4) a peut-être été appliquée, sans que cela ait jamais été établi&#xa0;; vérifiez d&apos;abord (ffconsole-cli orders --affiliate N --customer NAME), puis ajoutez --force pour l&apos;envoyer quand même</translation>
    </message>
    <message>
        <source>the change may have been applied: %1; check before sending it again: %2</source>
        <translation>la modification a peut-être été appliquée&#xa0;: %1&#xa0;; vérifiez avant de la renvoyer&#xa0;: %2</translation>
    </message>
    <message>
        <source>the change may have been applied: %1 (request id %2); check before sending it again: %3</source>
        <translation>la modification a peut-être été appliquée&#xa0;: %1 (ID de requête %2)&#xa0;; vérifiez avant de la renvoyer&#xa0;: %3</translation>
    </message>
</context>
<context>
    <name>ff::cli::WriteReadBack</name>
    <message>
        <source>the change may have been applied: %1; reading the orders back failed too (%2): check before sending it again: %3</source>
        <translation>la modification a peut-être été appliquée&#xa0;: %1&#xa0;; la relecture des commandes a échoué elle aussi (%2)&#xa0;: vérifiez avant de la renvoyer&#xa0;: %3</translation>
    </message>
    <message>
        <source>the change may have been applied: %1; what it changed is no longer among the customer&apos;s orders: check before sending it again: %2</source>
        <translation>la modification a peut-être été appliquée&#xa0;: %1&#xa0;; ce qu&apos;elle modifiait ne figure plus parmi les commandes du client&#xa0;: vérifiez avant de la renvoyer&#xa0;: %2</translation>
    </message>
    <message>
        <source>applied: the answer said nothing certain (%1), but reading the orders back %2 s later shows %3</source>
        <translation>appliquée&#xa0;: la réponse n&apos;était pas concluante (%1), mais la relecture des commandes %2 s plus tard montre que %3</translation>
    </message>
    <message>
        <source>not applied, safe to send again: the answer said nothing certain (%1), and reading the orders back %2 s later shows %3</source>
        <translation>non appliquée, renvoi sans risque&#xa0;: la réponse n&apos;était pas concluante (%1), et la relecture des commandes %2 s plus tard montre que %3</translation>
    </message>
    <message>
        <source>not certain whether it was applied: the answer said nothing certain (%1), and reading the orders back shows %2; check before sending it again: %3</source>
        <translation>application incertaine&#xa0;: la réponse n&apos;était pas concluante (%1), et la relecture des commandes montre que %2&#xa0;; vérifiez avant de la renvoyer&#xa0;: %3</translation>
    </message>
</context>
<context>
    <name>ff::ui::AccountPurchasesTab</name>
    <message>
        <source>Purchased from</source>
        <translation>Acheté à partir du</translation>
    </message>
    <message>
        <source>Purchased until</source>
        <translation>Acheté jusqu&apos;au</translation>
    </message>
    <message>
        <source>Paid only</source>
        <translation>Payés seulement</translation>
    </message>
    <message>
        <source>Load purchases</source>
        <translation>Charger les achats</translation>
    </message>
    <message>
        <source>Account id</source>
        <translation>ID du compte</translation>
    </message>
    <message>
        <source>Paid invoices only</source>
        <translation>Factures payées seulement</translation>
    </message>
    <message>
        <source>Purchase type</source>
        <translation>Type d&apos;achat</translation>
    </message>
    <message>
        <source>optional</source>
        <translation>facultatif</translation>
    </message>
    <message>
        <source>Software version</source>
        <translation>Version du logiciel</translation>
    </message>
    <message>
        <source>Ask for JSON</source>
        <translation>Demander du JSON</translation>
    </message>
    <message>
        <source>Ask for XML</source>
        <translation>Demander du XML</translation>
    </message>
    <message>
        <source>Account</source>
        <translation>Compte</translation>
    </message>
    <message>
        <source>Account &amp;id:</source>
        <translation>&amp;ID du compte&#xa0;:</translation>
    </message>
    <message>
        <source>to</source>
        <translation>et</translation>
    </message>
    <message>
        <source>Purchased:</source>
        <translation>Achetés entre&#xa0;:</translation>
    </message>
    <message>
        <source>Type:</source>
        <translation>Type&#xa0;:</translation>
    </message>
    <message>
        <source>Software version:</source>
        <translation>Version du logiciel&#xa0;:</translation>
    </message>
    <message>
        <source>Format:</source>
        <translation>Format&#xa0;:</translation>
    </message>
    <message>
        <source>Credit purchases</source>
        <translation>Achats du compte</translation>
    </message>
    <message>
        <source>Totals per currency</source>
        <translation>Totaux par devise</translation>
    </message>
    <message>
        <source>Billing details</source>
        <translation>Coordonnées de facturation</translation>
    </message>
    <message>
        <source>Enter an account id and load its purchases.</source>
        <translation>Saisissez un ID de compte et chargez ses achats.</translation>
    </message>
    <message>
        <source>Account purchases</source>
        <translation>Achats du compte</translation>
    </message>
    <message>
        <source>Purchases: %1</source>
        <translation>Achats&#xa0;: %1</translation>
    </message>
    <message>
        <source>“%1” is not an account id: it must be a GUID such as 1b01b296-1469-4c46-b14b-c46719621538.</source>
        <translation>«&#xa0;%1&#xa0;» n&apos;est pas un ID de compte&#xa0;: ce doit être un GUID, p. ex. 1b01b296-1469-4c46-b14b-c46719621538.</translation>
    </message>
    <message>
        <source>Loading the account&apos;s purchases…</source>
        <translation>Chargement des achats du compte…</translation>
    </message>
    <message>
        <source>There is no account with this id.</source>
        <translation>Aucun compte ne porte cet ID.</translation>
    </message>
    <message>
        <source>No purchases are shown because the request failed (see above).</source>
        <translation>Aucun achat n&apos;est affiché car la requête a échoué (voir ci-dessus).</translation>
    </message>
    <message>
        <source>&lt;b&gt;User&lt;/b&gt; %1</source>
        <translation>&lt;b&gt;Utilisateur&lt;/b&gt; %1</translation>
    </message>
    <message>
        <source>&lt;br&gt;&lt;b&gt;Company&lt;/b&gt; %1&lt;br&gt;&lt;b&gt;Address&lt;/b&gt; %2&lt;br&gt;&lt;b&gt;Email&lt;/b&gt; %3 · &lt;b&gt;Phone&lt;/b&gt; %4 · &lt;b&gt;Mobile&lt;/b&gt; %5</source>
        <translation>&lt;br&gt;&lt;b&gt;Société&lt;/b&gt; %1&lt;br&gt;&lt;b&gt;Adresse&lt;/b&gt; %2&lt;br&gt;&lt;b&gt;E-mail&lt;/b&gt; %3 · &lt;b&gt;Téléphone&lt;/b&gt; %4 · &lt;b&gt;Mobile&lt;/b&gt; %5</translation>
    </message>
    <message>
        <source>&lt;br&gt;&lt;b&gt;Purchases allowed&lt;/b&gt; %1 · &lt;b&gt;Purchase order required&lt;/b&gt; %2 %3</source>
        <translation>&lt;br&gt;&lt;b&gt;Achats autorisés&lt;/b&gt; %1 · &lt;b&gt;Bon de commande requis&lt;/b&gt; %2&#xa0;%3</translation>
    </message>
    <message>
        <source>(PO %1)</source>
        <translation>(BC %1)</translation>
    </message>
    <message>
        <source>This account has no credit purchases that match these filters.</source>
        <translation>Ce compte n&apos;a aucun achat correspondant à ces filtres.</translation>
    </message>
    <message>
        <source>%1-purchases</source>
        <translation>%1-achats</translation>
    </message>
    <message>
        <source>%1-totals</source>
        <translation>%1-totaux</translation>
    </message>
</context>
<context>
    <name>ff::ui::AckLicenceDialog</name>
    <message>
        <source>Acknowledge the licence of item %1</source>
        <translation>Accuser réception de la licence de l&apos;article %1</translation>
    </message>
    <message>
        <source>Device id</source>
        <translation>ID de l&apos;appareil</translation>
    </message>
    <message>
        <source>the device id or client id the customer reads out</source>
        <translation>l&apos;ID de l&apos;appareil ou l&apos;ID d&apos;application que le client vous lit</translation>
    </message>
    <message>
        <source>%1 – %2</source>
        <translation>%1 – %2</translation>
    </message>
    <message>
        <source>untitled</source>
        <translation>sans titre</translation>
    </message>
    <message>
        <source>Affiliate</source>
        <translation>Partenaire</translation>
    </message>
    <message>
        <source>Purchase order item</source>
        <translation>Article de la commande</translation>
    </message>
    <message>
        <source>Affiliate:</source>
        <translation>Partenaire&#xa0;:</translation>
    </message>
    <message>
        <source>Item:</source>
        <translation>Article&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Device id:</source>
        <translation>ID de l&apos;&amp;appareil&#xa0;:</translation>
    </message>
    <message>
        <source>Acknowledge licence</source>
        <translation>Accuser réception</translation>
    </message>
    <message>
        <source>This item has no id.</source>
        <translation>Cet article n&apos;a pas d&apos;ID.</translation>
    </message>
    <message>
        <source>Enter the id of the device that received the licence.</source>
        <translation>Saisissez l&apos;ID de l&apos;appareil qui a reçu la licence.</translation>
    </message>
    <message>
        <source>The device id</source>
        <translation>L&apos;ID de l&apos;appareil</translation>
    </message>
    <message>
        <source>Record that device “%1” received the licence for item %2 (“%3”) in affiliate %4.</source>
        <translation>Enregistrer la réception par l&apos;appareil «&#xa0;%1&#xa0;» de la licence de l&apos;article %2 («&#xa0;%3&#xa0;») chez le partenaire %4.</translation>
    </message>
    <message>
        <source>the device id</source>
        <translation>l&apos;ID de l&apos;appareil</translation>
    </message>
    <message>
        <source>Licence acknowledged for item %1 (%2).</source>
        <translation>Réception de la licence accusée pour l&apos;article %1 (%2).</translation>
    </message>
    <message>
        <source>Licence acknowledged: %1</source>
        <translation>Réception de la licence accusée&#xa0;: %1</translation>
    </message>
    <message>
        <source>Persistent licence issued: %1</source>
        <translation>Licence persistante délivrée&#xa0;: %1</translation>
    </message>
    <message>
        <source>Transient licence issued: %1</source>
        <translation>Licence temporaire délivrée&#xa0;: %1</translation>
    </message>
    <message>
        <source>Rental expires: %1</source>
        <translation>Fin de la location&#xa0;: %1</translation>
    </message>
    <message>
        <source>First played: %1</source>
        <translation>Première lecture&#xa0;: %1</translation>
    </message>
    <message>
        <source>Last play position: %1</source>
        <translation>Dernière position de lecture&#xa0;: %1</translation>
    </message>
    <message>
        <source>Device: %1 (%2, id %3)</source>
        <translation>Appareil&#xa0;: %1 (%2, ID %3)</translation>
    </message>
    <message>
        <source>Entitlement type: %1</source>
        <translation>Type de droit d&apos;accès&#xa0;: %1</translation>
    </message>
    <message>
        <source>Media item: %1 (%2)</source>
        <translation>Élément média&#xa0;: %1 (%2)</translation>
    </message>
    <message>
        <source>not connected</source>
        <translation>non connecté</translation>
    </message>
    <message>
        <source>The licence acknowledgement for item %1 was recorded.</source>
        <translation>L&apos;accusé de réception de la licence de l&apos;article %1 a été enregistré.</translation>
    </message>
    <message>
        <source>item %1 is no longer in this customer&apos;s orders.</source>
        <translation>l&apos;article %1 ne figure plus dans les commandes de ce client.</translation>
    </message>
</context>
<context>
    <name>ff::ui::AddItemDialog</name>
    <message>
        <source>Requires a pre-roll advert</source>
        <translation>Nécessite une publicité pré-roll</translation>
    </message>
    <message>
        <source>Supports download to rent (DTR)</source>
        <translation>Compatible location en téléchargement (DTR)</translation>
    </message>
    <message>
        <source>Add an item to order %1</source>
        <translation>Ajouter un article à la commande %1</translation>
    </message>
    <message>
        <source>the offer being bought, e.g. 4211</source>
        <translation>l&apos;offre achetée, p. ex. 4211</translation>
    </message>
    <message>
        <source>the title&apos;s supplier reference</source>
        <translation>la référence fournisseur du titre</translation>
    </message>
    <message>
        <source> min</source>
        <translation> min</translation>
    </message>
    <message>
        <source>Offer id</source>
        <translation>ID de l&apos;offre</translation>
    </message>
    <message>
        <source>Supplier ref</source>
        <translation>Réf. fournisseur</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Titre</translation>
    </message>
    <message>
        <source>Unit price</source>
        <translation>Prix unitaire</translation>
    </message>
    <message>
        <source>Rental time in days</source>
        <translation>Durée de location en jours</translation>
    </message>
    <message>
        <source>View time in hours</source>
        <translation>Durée de visionnage en heures</translation>
    </message>
    <message>
        <source>Entitlement type id</source>
        <translation>ID du type de droit d&apos;accès</translation>
    </message>
    <message>
        <source>DRM profile</source>
        <translation>Profil DRM</translation>
    </message>
    <message>
        <source>BBFC rating</source>
        <translation>Classification BBFC</translation>
    </message>
    <message>
        <source>Duration in minutes</source>
        <translation>Durée en minutes</translation>
    </message>
    <message>
        <source>Supported devices</source>
        <translation>Appareils compatibles</translation>
    </message>
    <message>
        <source>Supports DTR</source>
        <translation>Compatible DTR</translation>
    </message>
    <message>
        <source>Adding to order %1 of %2.</source>
        <translation>Ajout à la commande %1 de %2.</translation>
    </message>
    <message>
        <source>&amp;Offer id:</source>
        <translation>ID de l&apos;&amp;offre&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Supplier ref:</source>
        <translation>Réf. &amp;fournisseur&#xa0;:</translation>
    </message>
    <message>
        <source>T&amp;itle:</source>
        <translation>T&amp;itre&#xa0;:</translation>
    </message>
    <message>
        <source>Unit &amp;price:</source>
        <translation>&amp;Prix unitaire&#xa0;:</translation>
    </message>
    <message>
        <source>Unit &amp;price (%1):</source>
        <translation>&amp;Prix unitaire (%1)&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Rental time:</source>
        <translation>Durée de &amp;location&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;View time:</source>
        <translation>Durée de &amp;visionnage&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Entitlement type id:</source>
        <translation>ID du type de droit d&apos;&amp;accès&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;DRM profile:</source>
        <translation>Profil D&amp;RM&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;BBFC rating:</source>
        <translation>Classification &amp;BBFC&#xa0;:</translation>
    </message>
    <message>
        <source>D&amp;uration:</source>
        <translation>D&amp;urée&#xa0;:</translation>
    </message>
    <message>
        <source>Add item to order %1</source>
        <translation>Ajouter l&apos;article à la commande %1</translation>
    </message>
    <message>
        <source>This order has no id, so nothing can be added to it.</source>
        <translation>Cette commande n&apos;a pas d&apos;ID&#xa0;: rien ne peut y être ajouté.</translation>
    </message>
    <message>
        <source>%1 %2</source>
        <translation>%1&#xa0;: %2</translation>
    </message>
    <message>
        <source>untitled</source>
        <translation>sans titre</translation>
    </message>
    <message>
        <source>not connected</source>
        <translation>non connecté</translation>
    </message>
    <message numerus="yes">
        <source>The item was added. Order %1 now has %n item(s).</source>
        <translation>
            <numerusform>L&apos;article a été ajouté. La commande %1 compte maintenant %n article.</numerusform>
            <numerusform>L&apos;article a été ajouté. La commande %1 compte maintenant %n articles.</numerusform>
        </translation>
    </message>
    <message>
        <source>order %1 is no longer in this customer&apos;s orders.</source>
        <translation>la commande %1 ne figure plus dans les commandes de ce client.</translation>
    </message>
    <message>
        <source>The item was added to order %1 (item %2).</source>
        <translation>L&apos;article a été ajouté à la commande %1 (article %2).</translation>
    </message>
    <message>
        <source>Unit price: %1</source>
        <translation>Prix unitaire&#xa0;: %1</translation>
    </message>
    <message numerus="yes">
        <source> day(s)</source>
        <comment>spin box suffix</comment>
        <translation>
            <numerusform>&#xa0;jour</numerusform>
            <numerusform>&#xa0;jours</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source> hour(s)</source>
        <comment>spin box suffix</comment>
        <translation>
            <numerusform>&#xa0;heure</numerusform>
            <numerusform>&#xa0;heures</numerusform>
        </translation>
    </message>
    <message>
        <source>Add “%1” (supplier ref %2, offer %3) to order %4 of %5, at %6, rental %7, view time %8.</source>
        <translation>Ajouter «&#xa0;%1&#xa0;» (réf. fournisseur %2, offre %3) à la commande %4 de %5, au prix de %6, location %7, visionnage %8.</translation>
    </message>
    <message numerus="yes">
        <source>%n day(s)</source>
        <translation>
            <numerusform>%n&#xa0;jour</numerusform>
            <numerusform>%n&#xa0;jours</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n hour(s)</source>
        <translation>
            <numerusform>%n&#xa0;heure</numerusform>
            <numerusform>%n&#xa0;heures</numerusform>
        </translation>
    </message>
    <message>
        <source>Supported devi&amp;ces:</source>
        <translation>Appareils &amp;compatibles&#xa0;:</translation>
    </message>
</context>
<context>
    <name>ff::ui::AsOfEdit</name>
    <message>
        <source>&amp;Now</source>
        <translation>&amp;Maintenant</translation>
    </message>
    <message>
        <source>As of: the date and time the state is worked out for</source>
        <translation>À la date du&#xa0;: date et heure pour lesquelles l&apos;état est calculé</translation>
    </message>
    <message>
        <source>Work the state out for the present moment again</source>
        <translation>Recalculer l&apos;état pour l&apos;instant présent</translation>
    </message>
    <message>
        <source>A&amp;s of:</source>
        <translation>À la da&amp;te du&#xa0;:</translation>
    </message>
    <message>
        <source>%1 (now)</source>
        <translation>%1 (maintenant)</translation>
    </message>
    <message>
        <source>%1 (%2 did not happen that day: the clocks went forward, so it is taken as %3)</source>
        <translation>%1 (%2 n&apos;existe pas ce jour-là&#xa0;: passage à l&apos;heure d&apos;été, l&apos;heure retenue est donc %3)</translation>
    </message>
    <message>
        <source>%1 (the second of the two %2s: the clocks went back)</source>
        <translation>%1 (le second %2&#xa0;: retour à l&apos;heure d&apos;hiver)</translation>
    </message>
    <message>
        <source>%1 (the first of the two %2s: the clocks went back)</source>
        <translation>%1 (le premier %2&#xa0;: retour à l&apos;heure d&apos;hiver)</translation>
    </message>
    <message>
        <source>The second %1 (%2)</source>
        <translation>Le second %1 (%2)</translation>
    </message>
</context>
<context>
    <name>ff::ui::AuditLogDialog</name>
    <message>
        <source>applied</source>
        <translation>appliquée</translation>
    </message>
    <message>
        <source>not applied</source>
        <translation>non appliquée</translation>
    </message>
    <message>
        <source>unknown</source>
        <translation>incertaine</translation>
    </message>
    <message>
        <source>order</source>
        <translation>commande</translation>
    </message>
    <message>
        <source>affiliate</source>
        <translation>partenaire</translation>
    </message>
    <message>
        <source>device</source>
        <translation>appareil</translation>
    </message>
    <message>
        <source>item</source>
        <translation>article</translation>
    </message>
    <message>
        <source>Audit log</source>
        <translation>Journal d&apos;audit</translation>
    </message>
    <message>
        <source>When</source>
        <translation>Quand</translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation>Résultat</translation>
    </message>
    <message>
        <source>From</source>
        <translation>Source</translation>
    </message>
    <message>
        <source>Profile</source>
        <translation>Profil</translation>
    </message>
    <message>
        <source>Computer user</source>
        <translation>Utilisateur du poste</translation>
    </message>
    <message>
        <source>Change</source>
        <translation>Modification</translation>
    </message>
    <message>
        <source>Ids</source>
        <translation>ID</translation>
    </message>
    <message>
        <source>Ticket</source>
        <translation>Ticket</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Motif</translation>
    </message>
    <message>
        <source>Request</source>
        <translation>Requête</translation>
    </message>
    <message>
        <source>HTTP</source>
        <translation>HTTP</translation>
    </message>
    <message>
        <source>Request id</source>
        <translation>ID de requête</translation>
    </message>
    <message>
        <source>Message</source>
        <translation>Message</translation>
    </message>
    <message>
        <source>Filter by ticket, reason, id, profile…</source>
        <translation>Filtrer par ticket, motif, ID, profil…</translation>
    </message>
    <message>
        <source>Filter the audit log</source>
        <translation>Filtrer le journal d&apos;audit</translation>
    </message>
    <message>
        <source>All outcomes</source>
        <translation>Tous les résultats</translation>
    </message>
    <message>
        <source>Filter by outcome</source>
        <translation>Filtrer par résultat</translation>
    </message>
    <message>
        <source>Recorded changes</source>
        <translation>Modifications enregistrées</translation>
    </message>
    <message>
        <source>Kept in %1</source>
        <translation>Conservé dans %1</translation>
    </message>
    <message>
        <source>Refresh</source>
        <translation>Actualiser</translation>
    </message>
    <message numerus="yes">
        <source>%n change(s) recorded</source>
        <translation>
            <numerusform>%n modification enregistrée</numerusform>
            <numerusform>%n modifications enregistrées</numerusform>
        </translation>
    </message>
    <message>
        <source>unknown; read back: applied</source>
        <translation>incertaine&#xa0;; relecture&#xa0;: appliquée</translation>
    </message>
    <message>
        <source>unknown; read back: not applied</source>
        <translation>incertaine&#xa0;; relecture&#xa0;: non appliquée</translation>
    </message>
    <message>
        <source>unknown; read back: not certain</source>
        <translation>incertaine&#xa0;; relecture&#xa0;: non concluante</translation>
    </message>
    <message>
        <source>%1 · read back %2: %3</source>
        <translation>%1 · relecture %2&#xa0;: %3</translation>
    </message>
    <message>
        <source>decision: %1</source>
        <translation>décision&#xa0;: %1</translation>
    </message>
    <message>
        <source>refund decision</source>
        <translation>décision de remboursement</translation>
    </message>
    <message>
        <source>affiliate %1 · %2 · order %3 · item %4</source>
        <translation>partenaire %1 · %2 · commande %3 · article %4</translation>
    </message>
    <message>
        <source>verdict %1, state %2, as of %3 (version %4)</source>
        <translation>avis %1, état %2, à la date du %3 (version %4)</translation>
    </message>
    <message>
        <source>refund decisions</source>
        <translation>décisions de remboursement</translation>
    </message>
    <message>
        <source>audit-log</source>
        <translation>journal-audit</translation>
    </message>
    <message>
        <source>the audit log could not be read: %1</source>
        <translation>le journal d&apos;audit est illisible&#xa0;: %1</translation>
    </message>
    <message numerus="yes">
        <source>%n damaged line(s) (cut short while being written) shown as damaged</source>
        <translation>
            <numerusform>%n ligne endommagée (tronquée pendant l&apos;écriture) affichée comme endommagée</numerusform>
            <numerusform>%n lignes endommagées (tronquées pendant l&apos;écriture) affichées comme endommagées</numerusform>
        </translation>
    </message>
    <message>
        <source>line %1</source>
        <translation>ligne %1</translation>
    </message>
    <message>
        <source>damaged</source>
        <translation>endommagée</translation>
    </message>
    <message numerus="yes">
        <source>%1; %n refund decision(s)</source>
        <translation>
            <numerusform>%1&#xa0;; %n décision de remboursement</numerusform>
            <numerusform>%1&#xa0;; %n décisions de remboursement</numerusform>
        </translation>
    </message>
    <message>
        <source>%1; %2</source>
        <translation>%1&#xa0;; %2</translation>
    </message>
</context>
<context>
    <name>ff::ui::BusyBar</name>
    <message>
        <source>Cancel</source>
        <translation>Annuler</translation>
    </message>
    <message>
        <source>Loading</source>
        <translation>Chargement</translation>
    </message>
    <message>
        <source>Cancel loading</source>
        <translation>Annuler le chargement</translation>
    </message>
</context>
<context>
    <name>ff::ui::CaseReportDialog</name>
    <message>
        <source>Save a &amp;CSV beside it (same name, .csv)</source>
        <translation>Enregistrer aussi un &amp;CSV à côté (même nom, .csv)</translation>
    </message>
    <message>
        <source>Copy the &amp;ticket text to the clipboard</source>
        <translation>Copier le texte pour le &amp;ticket dans le presse-papiers</translation>
    </message>
    <message>
        <source>Include the account&apos;s &amp;billing details (address, email, phone) in the PDF</source>
        <translation>Inclure les coordonnées de &amp;facturation du compte (adresse, e-mail, téléphone) dans le PDF</translation>
    </message>
    <message>
        <source>Case report: %1</source>
        <translation>Rapport de dossier&#xa0;: %1</translation>
    </message>
    <message>
        <source>The selected &amp;item (item %1), in full</source>
        <translation>L&apos;&amp;article sélectionné (article %1), en détail</translation>
    </message>
    <message>
        <source>The selected &amp;item (select an item first)</source>
        <translation>L&apos;&amp;article sélectionné (sélectionnez d&apos;abord un article)</translation>
    </message>
    <message numerus="yes">
        <source>The selected &amp;order (order %1, %n item(s)), in full</source>
        <translation>
            <numerusform>La c&amp;ommande sélectionnée (commande %1, %n article), en détail</numerusform>
            <numerusform>La c&amp;ommande sélectionnée (commande %1, %n articles), en détail</numerusform>
        </translation>
    </message>
    <message>
        <source>The selected &amp;order (select an order first)</source>
        <translation>La c&amp;ommande sélectionnée (sélectionnez d&apos;abord une commande)</translation>
    </message>
    <message numerus="yes">
        <source>The &amp;whole customer (%n item(s)): refund candidates in full, every other item on a line</source>
        <translation>
            <numerusform>Le client &amp;entier (%n article)&#xa0;: candidats au remboursement en détail, une ligne pour chaque autre article</numerusform>
            <numerusform>Le client &amp;entier (%n articles)&#xa0;: candidats au remboursement en détail, une ligne pour chaque autre article</numerusform>
        </translation>
    </message>
    <message>
        <source>The ticket or case reference, e.g. CS-1234 (optional)</source>
        <translation>Le ticket ou la référence du dossier, p. ex. CS-1234 (facultatif)</translation>
    </message>
    <message>
        <source>C&amp;hoose…</source>
        <translation>C&amp;hoisir…</translation>
    </message>
    <message>
        <source>Available once the customer&apos;s account is known</source>
        <translation>Disponible dès que le compte du client est connu</translation>
    </message>
    <message>
        <source>Making the report</source>
        <translation>Création du rapport</translation>
    </message>
    <message>
        <source>&amp;Make report</source>
        <translation>Créer le &amp;rapport</translation>
    </message>
    <message>
        <source>Tic&amp;ket:</source>
        <translation>Tic&amp;ket&#xa0;:</translation>
    </message>
    <message>
        <source>Save PDF &amp;as:</source>
        <translation>Enregistrer le PDF &amp;sous&#xa0;:</translation>
    </message>
    <message>
        <source>Report on:</source>
        <translation>Rapport sur&#xa0;:</translation>
    </message>
    <message>
        <source>Save the case report</source>
        <translation>Enregistrer le rapport de dossier</translation>
    </message>
    <message>
        <source>PDF documents (*.pdf)</source>
        <translation>Documents PDF (*.pdf)</translation>
    </message>
    <message>
        <source>Say where to save the report.</source>
        <translation>Indiquez où enregistrer le rapport.</translation>
    </message>
    <message>
        <source>Replace the files?</source>
        <translation>Remplacer les fichiers&#xa0;?</translation>
    </message>
    <message>
        <source>These files are there already and would be replaced:
%1</source>
        <translation>Ces fichiers existent déjà et seraient remplacés&#xa0;:
%1</translation>
    </message>
    <message>
        <source>The selected item (item %1)</source>
        <translation>L&apos;article sélectionné (article %1)</translation>
    </message>
    <message>
        <source>The selected order (order %1)</source>
        <translation>La commande sélectionnée (commande %1)</translation>
    </message>
    <message>
        <source>The whole customer: refund candidates in full, every other item on a line</source>
        <translation>Le client entier&#xa0;: candidats au remboursement en détail, une ligne pour chaque autre article</translation>
    </message>
    <message>
        <source>Not connected: the billing details cannot be read.</source>
        <translation>Non connecté&#xa0;: impossible de lire les coordonnées de facturation.</translation>
    </message>
    <message>
        <source>Reading the billing details…</source>
        <translation>Lecture des coordonnées de facturation…</translation>
    </message>
    <message>
        <source>The billing details could not be read: %1</source>
        <translation>Les coordonnées de facturation sont illisibles&#xa0;: %1</translation>
    </message>
    <message>
        <source>Making the report…</source>
        <translation>Création du rapport…</translation>
    </message>
    <message>
        <source>Cancelled: nothing was saved.</source>
        <translation>Annulé&#xa0;: rien n&apos;a été enregistré.</translation>
    </message>
    <message>
        <source>The report was not saved. %1</source>
        <translation>Le rapport n&apos;a pas été enregistré. %1</translation>
    </message>
    <message>
        <source>Case report saved: %1.</source>
        <translation>Rapport de dossier enregistré&#xa0;: %1.</translation>
    </message>
    <message>
        <source> and </source>
        <translation> et </translation>
    </message>
    <message>
        <source>The ticket text is on the clipboard.</source>
        <translation>Le texte pour le ticket est dans le presse-papiers.</translation>
    </message>
    <message>
        <source>Cancelling…</source>
        <translation>Annulation…</translation>
    </message>
</context>
<context>
    <name>ff::ui::CertificateDialog</name>
    <message>
        <source>Untrusted certificate</source>
        <translation>Certificat non approuvé</translation>
    </message>
    <message>
        <source>Certificate details</source>
        <translation>Détails du certificat</translation>
    </message>
    <message>
        <source>The server %1 of profile “%2” presented a certificate this computer does not trust, so nothing was sent.</source>
        <translation>Le serveur %1 du profil «&#xa0;%2&#xa0;» a présenté un certificat que cet ordinateur n&apos;approuve pas&#xa0;: rien n&apos;a donc été envoyé.</translation>
    </message>
    <message>
        <source>Trust it only if your IT team has told you this certificate is expected (for example an internal test server). It is then trusted for %1 only, and asked about again if it changes.</source>
        <translation>Ne lui faites confiance que si votre service informatique vous a indiqué que ce certificat est attendu (par exemple un serveur de test interne). Il sera alors approuvé pour %1 uniquement, et la question sera reposée s&apos;il change.</translation>
    </message>
    <message>
        <source>This cannot be trusted from here. Check the profile&apos;s URL, or ask your IT team.</source>
        <translation>Impossible de lui faire confiance depuis cette fenêtre. Vérifiez l&apos;URL du profil, ou adressez-vous à votre service informatique.</translation>
    </message>
    <message>
        <source>Trust this certificate for %1 in “%2”</source>
        <translation>Faire confiance à ce certificat pour %1 dans «&#xa0;%2&#xa0;»</translation>
    </message>
</context>
<context>
    <name>ff::ui::ConnectionSession</name>
    <message>
        <source>No secret is stored for profile “%1” yet.</source>
        <translation>Aucun secret n&apos;est encore enregistré pour le profil «&#xa0;%1&#xa0;».</translation>
    </message>
    <message>
        <source>No keychain is available on this computer, so the secret is asked for each time and never saved.</source>
        <translation>Aucun trousseau de clés n&apos;est disponible sur cet ordinateur&#xa0;: le secret est demandé à chaque fois et n&apos;est jamais enregistré.</translation>
    </message>
    <message>
        <source>The keychain could not be read: %1</source>
        <translation>Le trousseau de clés est illisible&#xa0;: %1</translation>
    </message>
    <message>
        <source>The secret works for now but could not be saved in the keychain: %1</source>
        <translation>Le secret fonctionne pour l&apos;instant, mais n&apos;a pas pu être enregistré dans le trousseau de clés&#xa0;: %1</translation>
    </message>
    <message>
        <source>The built-in sandbox did not start: %1</source>
        <translation>Le bac à sable intégré n&apos;a pas démarré&#xa0;: %1</translation>
    </message>
</context>
<context>
    <name>ff::ui::ConnectionState</name>
    <message>
        <source>Connecting to %1…</source>
        <translation>Connexion à %1…</translation>
    </message>
    <message>
        <source>Connected: %1 (%2)</source>
        <translation>Connecté&#xa0;: %1 (%2)</translation>
    </message>
    <message>
        <source>Not connected</source>
        <translation>Non connecté</translation>
    </message>
    <message>
        <source>Waiting for the secret of %1</source>
        <translation>En attente du secret de %1</translation>
    </message>
</context>
<context>
    <name>ff::ui::CurrencySpendChart</name>
    <message>
        <source>Spend per month in %1</source>
        <translation>Dépenses par mois en %1</translation>
    </message>
</context>
<context>
    <name>ff::ui::CustomerActions</name>
    <message>
        <source>&amp;Refresh</source>
        <translation>&amp;Actualiser</translation>
    </message>
    <message>
        <source>Refresh</source>
        <translation>Actualiser</translation>
    </message>
    <message>
        <source>&amp;Filter orders</source>
        <translation>&amp;Filtrer les commandes</translation>
    </message>
    <message>
        <source>Ctrl+F</source>
        <translation>Ctrl+F</translation>
    </message>
    <message>
        <source>&amp;Add item to order…</source>
        <translation>Ajou&amp;ter un article à la commande…</translation>
    </message>
    <message>
        <source>Add item…</source>
        <translation>Ajouter un article…</translation>
    </message>
    <message>
        <source>Ctrl+Shift+I</source>
        <translation>Ctrl+Shift+I</translation>
    </message>
    <message>
        <source>Acknowledge &amp;licence…</source>
        <translation>Accuser réception de la &amp;licence…</translation>
    </message>
    <message>
        <source>Acknowledge licence…</source>
        <translation>Accuser réception…</translation>
    </message>
    <message>
        <source>Ctrl+Shift+K</source>
        <translation>Ctrl+Shift+K</translation>
    </message>
    <message>
        <source>&amp;Account purchases…</source>
        <translation>Ac&amp;hats du compte…</translation>
    </message>
    <message>
        <source>Account purchases…</source>
        <translation>Achats du compte…</translation>
    </message>
    <message>
        <source>Ctrl+Shift+P</source>
        <translation>Ctrl+Shift+P</translation>
    </message>
    <message>
        <source>&amp;Copy customer id</source>
        <translation>&amp;Copier l&apos;ID client</translation>
    </message>
    <message>
        <source>Copy customer id</source>
        <translation>Copier l&apos;ID client</translation>
    </message>
    <message>
        <source>Load this customer&apos;s orders again (F5)</source>
        <translation>Recharger les commandes de ce client (F5)</translation>
    </message>
    <message>
        <source>Add an item to the selected order</source>
        <translation>Ajouter un article à la commande sélectionnée</translation>
    </message>
    <message>
        <source>Select an order first</source>
        <translation>Sélectionnez d&apos;abord une commande</translation>
    </message>
    <message>
        <source>Acknowledge the licence of the selected item</source>
        <translation>Accuser réception de la licence de l&apos;article sélectionné</translation>
    </message>
    <message>
        <source>Select an item first</source>
        <translation>Sélectionnez d&apos;abord un article</translation>
    </message>
    <message>
        <source>The credit purchases of this customer&apos;s account (Ctrl+Shift+P)</source>
        <translation>Les achats du compte de ce client (Ctrl+Shift+P)</translation>
    </message>
    <message>
        <source>Available once the customer&apos;s orders have loaded</source>
        <translation>Disponible une fois les commandes du client chargées</translation>
    </message>
    <message>
        <source>The credit purchases of an account (Ctrl+Shift+P)</source>
        <translation>Les achats d&apos;un compte (Ctrl+Shift+P)</translation>
    </message>
    <message>
        <source>Copy the customer&apos;s id to the clipboard</source>
        <translation>Copier l&apos;ID du client dans le presse-papiers</translation>
    </message>
    <message>
        <source>Refund candidates</source>
        <translation>Candidats au remboursement</translation>
    </message>
    <message>
        <source>Ctrl+Shift+R</source>
        <translation>Ctrl+Shift+R</translation>
    </message>
    <message>
        <source>Case report…</source>
        <translation>Rapport de dossier…</translation>
    </message>
    <message>
        <source>Ctrl+P</source>
        <translation>Ctrl+P</translation>
    </message>
    <message>
        <source>Show only the items whose refund is due or needs review, or everything again (Ctrl+Shift+R)</source>
        <translation>N&apos;afficher que les articles dont le remboursement est dû ou à examiner, ou de nouveau tout afficher (Ctrl+Shift+R)</translation>
    </message>
    <message>
        <source>A PDF, a CSV and ticket text of the evidence for a refund decision (Ctrl+P)</source>
        <translation>Un PDF, un CSV et le texte pour le ticket, avec les éléments d&apos;une décision de remboursement (Ctrl+P)</translation>
    </message>
    <message>
        <source>Show only refund ca&amp;ndidates</source>
        <translation>Candidats au &amp;remboursement uniquement</translation>
    </message>
    <message>
        <source>Case r&amp;eport…</source>
        <translation>Rapport de &amp;dossier…</translation>
    </message>
</context>
<context>
    <name>ff::ui::CustomerHeader</name>
    <message numerus="yes">
        <source>%n order(s)</source>
        <translation>
            <numerusform>%n commande</numerusform>
            <numerusform>%n commandes</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n item(s)</source>
        <translation>
            <numerusform>%n article</numerusform>
            <numerusform>%n articles</numerusform>
        </translation>
    </message>
    <message>
        <source>customer id %1</source>
        <translation>ID client %1</translation>
    </message>
    <message>
        <source>No refund candidates</source>
        <translation>Aucun candidat au remboursement</translation>
    </message>
    <message numerus="yes">
        <source>%n refund candidate(s)</source>
        <translation>
            <numerusform>%n candidat au remboursement</numerusform>
            <numerusform>%n candidats au remboursement</numerusform>
        </translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1&#xa0;: %2</translation>
    </message>
    <message>
        <source>, </source>
        <translation>, </translation>
    </message>
    <message numerus="yes">
        <source>%n unwatched in the courtesy window</source>
        <translation>
            <numerusform>%n non regardé dans le délai de courtoisie</numerusform>
            <numerusform>%n non regardés dans le délai de courtoisie</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n expired unused</source>
        <translation>
            <numerusform>%n expiré sans utilisation</numerusform>
            <numerusform>%n expirés sans utilisation</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n delivery failure(s)</source>
        <translation>
            <numerusform>%n échec de livraison</numerusform>
            <numerusform>%n échecs de livraison</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n stopped early</source>
        <translation>
            <numerusform>%n arrêté tôt</numerusform>
            <numerusform>%n arrêtés tôt</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n watched</source>
        <translation>
            <numerusform>%n regardé</numerusform>
            <numerusform>%n regardés</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n duplicate(s)</source>
        <translation>
            <numerusform>%n achat en double</numerusform>
            <numerusform>%n achats en double</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n already refunded</source>
        <translation>
            <numerusform>%n déjà remboursé</numerusform>
            <numerusform>%n déjà remboursés</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n with other terms than the offer&apos;s</source>
        <translation>
            <numerusform>%n à d&apos;autres conditions que l&apos;offre</numerusform>
            <numerusform>%n à d&apos;autres conditions que l&apos;offre</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n box set(s) partly used</source>
        <translation>
            <numerusform>%n coffret en partie utilisé</numerusform>
            <numerusform>%n coffrets en partie utilisés</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n with a clock anomaly</source>
        <translation>
            <numerusform>%n avec une anomalie d&apos;horloge</numerusform>
            <numerusform>%n avec une anomalie d&apos;horloge</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n entitlement conflict(s)</source>
        <translation>
            <numerusform>%n conflit de droit d&apos;accès</numerusform>
            <numerusform>%n conflits de droit d&apos;accès</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ff::ui::CustomerTab</name>
    <message>
        <source>The selected order or item</source>
        <translation>La commande ou l&apos;article sélectionné</translation>
    </message>
    <message>
        <source>&amp;Details</source>
        <translation>&amp;Détails</translation>
    </message>
    <message>
        <source>&amp;Entitlement</source>
        <translation>D&amp;roit d&apos;accès</translation>
    </message>
    <message>
        <source>Customer id copied</source>
        <translation>ID client copié</translation>
    </message>
    <message>
        <source>%1 copied</source>
        <translation>%1 copié</translation>
    </message>
    <message>
        <source>%1 (affiliate %2)</source>
        <translation>%1 (partenaire %2)</translation>
    </message>
    <message>
        <source>affiliate %1</source>
        <translation>partenaire %1</translation>
    </message>
    <message>
        <source>%1 · %2</source>
        <translation>%1 · %2</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>Not connected yet: the orders load once the connection is ready.</source>
        <translation>Pas encore connecté&#xa0;: les commandes se chargeront dès que la connexion sera prête.</translation>
    </message>
    <message>
        <source>Refreshing was cancelled: what is shown is from the last load.</source>
        <translation>Actualisation annulée&#xa0;: l&apos;affichage correspond au dernier chargement.</translation>
    </message>
    <message>
        <source>Loading was cancelled.</source>
        <translation>Chargement annulé.</translation>
    </message>
    <message>
        <source>Load again</source>
        <translation>Recharger</translation>
    </message>
    <message>
        <source>No customer “%1” was found in %2. Check the spelling, or try their email address.</source>
        <translation>Aucun client «&#xa0;%1&#xa0;» trouvé chez %2. Vérifiez l&apos;orthographe, ou essayez son adresse e-mail.</translation>
    </message>
    <message>
        <source>%1 has no purchase orders in this affiliate.</source>
        <translation>%1 n&apos;a aucune commande chez ce partenaire.</translation>
    </message>
    <message>
        <source>Item added to order %1</source>
        <translation>Article ajouté à la commande %1</translation>
    </message>
    <message>
        <source>Licence acknowledged</source>
        <translation>Réception de la licence accusée</translation>
    </message>
    <message>
        <source>%1-orders</source>
        <translation>%1-commandes</translation>
    </message>
    <message>
        <source>Order</source>
        <translation>Commande</translation>
    </message>
    <message>
        <source>Orders</source>
        <translation>Commandes</translation>
    </message>
    <message>
        <source>Entitlement of %1</source>
        <translation>Droit d&apos;accès de %1</translation>
    </message>
</context>
<context>
    <name>ff::ui::DecisionDialog</name>
    <message>
        <source>Record a decision</source>
        <translation>Enregistrer une décision</translation>
    </message>
    <message>
        <source>It is kept in the audit log on this computer; nothing is sent to the platform.</source>
        <translation>Elle est conservée dans le journal d&apos;audit de cet ordinateur&#xa0;; rien n&apos;est envoyé à la plateforme.</translation>
    </message>
    <message>
        <source>Refund &amp;granted</source>
        <translation>Remboursement &amp;accordé</translation>
    </message>
    <message>
        <source>Refund &amp;declined</source>
        <translation>Remboursement &amp;refusé</translation>
    </message>
    <message>
        <source>&amp;Escalated</source>
        <translation>&amp;Escaladé</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Motif</translation>
    </message>
    <message>
        <source>Ticket or case reference</source>
        <translation>Ticket ou référence du dossier</translation>
    </message>
    <message>
        <source>Decision:</source>
        <translation>Décision&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Reason:</source>
        <translation>&amp;Motif&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Ticket:</source>
        <translation>&amp;Ticket&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Record</source>
        <translation>Enre&amp;gistrer</translation>
    </message>
    <message>
        <source>Give the reason for the decision.</source>
        <translation>Indiquez le motif de la décision.</translation>
    </message>
    <message>
        <source>Give the ticket or case reference.</source>
        <translation>Indiquez le ticket ou la référence du dossier.</translation>
    </message>
</context>
<context>
    <name>ff::ui::DetailsPane</name>
    <message>
        <source>Details of the selected order or item</source>
        <translation>Détails de la commande ou de l&apos;article sélectionné</translation>
    </message>
    <message>
        <source>Field</source>
        <translation>Champ</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>Valeur</translation>
    </message>
    <message>
        <source>Copy value</source>
        <translation>Copier la valeur</translation>
    </message>
    <message>
        <source>Copy</source>
        <translation>Copier</translation>
    </message>
    <message>
        <source>Copy %1 to the clipboard</source>
        <translation>Copier %1 dans le presse-papiers</translation>
    </message>
    <message>
        <source>Copy %1</source>
        <translation>Copier %1</translation>
    </message>
    <message>
        <source>Order %1</source>
        <translation>Commande %1</translation>
    </message>
    <message>
        <source>Item %1 of order %2</source>
        <translation>Article %1 de la commande %2</translation>
    </message>
    <message>
        <source>Select an order or an item to see all its fields.</source>
        <translation>Sélectionnez une commande ou un article pour voir tous ses champs.</translation>
    </message>
    <message>
        <source>Refund investigation of the selected item</source>
        <translation>Analyse du remboursement de l&apos;article sélectionné</translation>
    </message>
</context>
<context>
    <name>ff::ui::EntitlementPane</name>
    <message>
        <source>Entitlement</source>
        <translation>Droit d&apos;accès</translation>
    </message>
    <message>
        <source>Offers</source>
        <translation>Offres</translation>
    </message>
    <message>
        <source>Offer</source>
        <translation>Offre</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Type</translation>
    </message>
    <message>
        <source>Price</source>
        <translation>Prix</translation>
    </message>
    <message>
        <source>Available</source>
        <translation>Disponible</translation>
    </message>
    <message>
        <source>Rental / view</source>
        <translation>Location / visionnage</translation>
    </message>
    <message>
        <source>Devices</source>
        <translation>Appareils</translation>
    </message>
    <message>
        <source>Offers of the media item</source>
        <translation>Offres de l&apos;élément média</translation>
    </message>
    <message>
        <source>Media assets</source>
        <translation>Ressources média</translation>
    </message>
    <message>
        <source>Asset type</source>
        <translation>Type de ressource</translation>
    </message>
    <message>
        <source>Material</source>
        <translation>Contenu</translation>
    </message>
    <message>
        <source>Transcode</source>
        <translation>Transcodage</translation>
    </message>
    <message>
        <source>Aspect ratio</source>
        <translation>Format d&apos;image</translation>
    </message>
    <message>
        <source>Key id</source>
        <translation>ID de clé</translation>
    </message>
    <message>
        <source>Parent and children</source>
        <translation>Parent et enfants</translation>
    </message>
    <message>
        <source>Parent and child entitlements</source>
        <translation>Droits d&apos;accès parent et enfants</translation>
    </message>
    <message>
        <source>Select an item to see its current entitlement.</source>
        <translation>Sélectionnez un article pour voir son droit d&apos;accès actuel.</translation>
    </message>
    <message>
        <source>Loading the entitlement…</source>
        <translation>Chargement du droit d&apos;accès…</translation>
    </message>
    <message>
        <source>Loading the entitlement was cancelled.</source>
        <translation>Chargement du droit d&apos;accès annulé.</translation>
    </message>
    <message>
        <source>Note: the current entitlement for this title comes from another purchase (item %1), not from the selected item %2.</source>
        <translation>Remarque&#xa0;: le droit d&apos;accès actuel pour ce titre provient d&apos;un autre achat (article %1), pas de l&apos;article sélectionné %2.</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Titre</translation>
    </message>
    <message>
        <source>Price paid</source>
        <translation>Prix payé</translation>
    </message>
    <message>
        <source>Rental expires</source>
        <translation>Fin de la location</translation>
    </message>
    <message>
        <source>(expired)</source>
        <translation>(expirée)</translation>
    </message>
    <message>
        <source>Last play position</source>
        <translation>Dernière position de lecture</translation>
    </message>
    <message>
        <source>First played</source>
        <translation>Première lecture</translation>
    </message>
    <message>
        <source>Licence</source>
        <translation>Licence</translation>
    </message>
    <message>
        <source>acknowledged: %1 · persistent: %2 · transient: %3</source>
        <translation>réception accusée&#xa0;: %1 · persistante&#xa0;: %2 · temporaire&#xa0;: %3</translation>
    </message>
    <message>
        <source>Device</source>
        <translation>Appareil</translation>
    </message>
    <message>
        <source>%1 (%2, device id %3, %4)</source>
        <translation>%1 (%2, ID appareil %3, %4)</translation>
    </message>
    <message>
        <source>active</source>
        <translation>actif</translation>
    </message>
    <message>
        <source>inactive</source>
        <translation>inactif</translation>
    </message>
    <message>
        <source>none registered</source>
        <translation>aucun enregistré</translation>
    </message>
    <message>
        <source>Deleted</source>
        <translation>Supprimé</translation>
    </message>
    <message>
        <source>Media item</source>
        <translation>Élément média</translation>
    </message>
    <message>
        <source>%1 (%2) · %3 · %4</source>
        <translation>%1 (%2) · %3 · %4</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>Cast</source>
        <translation>Distribution</translation>
    </message>
    <message>
        <source>Synopsis</source>
        <translation>Synopsis</translation>
    </message>
    <message>
        <source>%1 – %2</source>
        <translation>%1 – %2</translation>
    </message>
    <message>
        <source>%1 d / %2 h</source>
        <translation>%1 j / %2 h</translation>
    </message>
    <message>
        <source>%1-offers</source>
        <translation>%1-offres</translation>
    </message>
    <message>
        <source>%1-assets</source>
        <translation>%1-ressources</translation>
    </message>
    <message>
        <source>%1-family</source>
        <translation>%1-famille</translation>
    </message>
    <message>
        <source>The platform has no entitlement for this title (supplier ref “%1”): the rental may have ended or the item been removed. The refund investigation goes on from the orders alone.</source>
        <translation>La plateforme n&apos;a aucun droit d&apos;accès pour ce titre (réf. fournisseur «&#xa0;%1&#xa0;»)&#xa0;: la location a peut-être pris fin, ou l&apos;article a été retiré. L&apos;analyse du remboursement se poursuit à partir des commandes seules.</translation>
    </message>
</context>
<context>
    <name>ff::ui::ErrorPresenter</name>
    <message>
        <source>Retry</source>
        <translation>Réessayer</translation>
    </message>
    <message>
        <source>Review the certificate…</source>
        <translation>Examiner le certificat…</translation>
    </message>
    <message>
        <source>Enter the secret again</source>
        <translation>Saisir de nouveau le secret</translation>
    </message>
    <message>
        <source>Edit the profile…</source>
        <translation>Modifier le profil…</translation>
    </message>
    <message>
        <source>No secret is set for profile “%1”. Enter it.</source>
        <translation>Aucun secret n&apos;est défini pour le profil «&#xa0;%1&#xa0;». Saisissez-le.</translation>
    </message>
    <message>
        <source>The server refused the secret of profile “%1” (it may have expired). Enter it again.</source>
        <translation>Le serveur a refusé le secret du profil «&#xa0;%1&#xa0;» (il a peut-être expiré). Saisissez-le de nouveau.</translation>
    </message>
</context>
<context>
    <name>ff::ui::InvestigationCard</name>
    <message>
        <source>Record a dec&amp;ision…</source>
        <translation>Enregistrer une déc&amp;ision…</translation>
    </message>
    <message>
        <source>Refund investigation of the selected item</source>
        <translation>Analyse du remboursement de l&apos;article sélectionné</translation>
    </message>
    <message>
        <source>Sentences to read out</source>
        <translation>Phrases à lire au client</translation>
    </message>
    <message>
        <source>Keep what you decided, why and the ticket in the audit log (nothing is sent)</source>
        <translation>Consigner votre décision, son motif et le ticket dans le journal d&apos;audit (rien n&apos;est envoyé)</translation>
    </message>
    <message>
        <source>Read out to the customer</source>
        <translation>À lire au client</translation>
    </message>
    <message>
        <source>Evidence</source>
        <translation>Éléments</translation>
    </message>
    <message>
        <source>Time line</source>
        <translation>Chronologie</translation>
    </message>
    <message>
        <source>Item %1 of order %2 · %3</source>
        <translation>Article %1 de la commande %2 · %3</translation>
    </message>
    <message>
        <source>Verdict: %1</source>
        <translation>Avis&#xa0;: %1</translation>
    </message>
    <message>
        <source>State: %1</source>
        <translation>État&#xa0;: %1</translation>
    </message>
    <message>
        <source>Nothing found for or against a refund: %1.</source>
        <translation>Aucun élément pour ou contre un remboursement&#xa0;: %1.</translation>
    </message>
    <message>
        <source>Not known:
%1</source>
        <translation>Inconnu&#xa0;:
%1</translation>
    </message>
    <message>
        <source>No decision recorded for this item yet.</source>
        <translation>Aucune décision enregistrée pour cet article pour l&apos;instant.</translation>
    </message>
    <message>
        <source>Reading the decisions recorded earlier from the audit log…</source>
        <translation>Lecture des décisions déjà enregistrées dans le journal d&apos;audit…</translation>
    </message>
    <message>
        <source>The audit log could not be read, so earlier decisions are not shown: %1</source>
        <translation>Le journal d&apos;audit est illisible, les décisions précédentes ne sont donc pas affichées&#xa0;: %1</translation>
    </message>
    <message>
        <source>Item %1 (%2) · %3</source>
        <translation>Article %1 (%2) · %3</translation>
    </message>
    <message>
        <source>The decision about item %1 was not recorded: %2</source>
        <translation>La décision concernant l&apos;article %1 n&apos;a pas été enregistrée&#xa0;: %2</translation>
    </message>
</context>
<context>
    <name>ff::ui::LanguageMenu</name>
    <message>
        <source>&amp;Language</source>
        <translation>&amp;Langue</translation>
    </message>
    <message>
        <source>&amp;System language (%1)</source>
        <translation>Langue du &amp;système (%1)</translation>
    </message>
    <message>
        <source>the system language</source>
        <translation>la langue du système</translation>
    </message>
</context>
<context>
    <name>ff::ui::LicenceStates</name>
    <message>
        <source>State before: %1.</source>
        <translation>État avant&#xa0;: %1.</translation>
    </message>
    <message>
        <source>State after: %1.</source>
        <translation>État après&#xa0;: %1.</translation>
    </message>
    <message>
        <source>The rental window started: it ends on %1.</source>
        <translation>La période de location a commencé&#xa0;: elle se termine le %1.</translation>
    </message>
    <message>
        <source>The rental window had already started: it ends on %1.</source>
        <translation>La période de location avait déjà commencé&#xa0;: elle se termine le %1.</translation>
    </message>
</context>
<context>
    <name>ff::ui::MainWindow</name>
    <message>
        <source>FilmFlex Agent Console</source>
        <translation>FilmFlex Agent Console</translation>
    </message>
    <message>
        <source>Search</source>
        <translation>Recherche</translation>
    </message>
    <message>
        <source>Open customers</source>
        <translation>Clients ouverts</translation>
    </message>
    <message>
        <source>Connected to %1</source>
        <translation>Connecté à %1</translation>
    </message>
    <message>
        <source>Try again</source>
        <translation>Réessayer</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Fichier</translation>
    </message>
    <message>
        <source>&amp;Find customer</source>
        <translation>&amp;Rechercher un client</translation>
    </message>
    <message>
        <source>Ctrl+L</source>
        <translation>Ctrl+L</translation>
    </message>
    <message>
        <source>&amp;Close tab</source>
        <translation>&amp;Fermer l&apos;onglet</translation>
    </message>
    <message>
        <source>Ctrl+W</source>
        <translation>Ctrl+W</translation>
    </message>
    <message>
        <source>Audit &amp;log…</source>
        <translation>&amp;Journal d&apos;audit…</translation>
    </message>
    <message>
        <source>Ctrl+Shift+L</source>
        <translation>Ctrl+Shift+L</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Quitter</translation>
    </message>
    <message>
        <source>&amp;Customer</source>
        <translation>&amp;Client</translation>
    </message>
    <message>
        <source>C&amp;onnection</source>
        <translation>C&amp;onnexion</translation>
    </message>
    <message>
        <source>&amp;Switch profile</source>
        <translation>&amp;Changer de profil</translation>
    </message>
    <message>
        <source>&amp;Profiles…</source>
        <translation>&amp;Profils…</translation>
    </message>
    <message>
        <source>&amp;Keep recent searches between sessions</source>
        <translation>&amp;Mémoriser les recherches récentes entre les sessions</translation>
    </message>
    <message>
        <source>&amp;Clear recent searches</source>
        <translation>&amp;Effacer les recherches récentes</translation>
    </message>
    <message>
        <source>Recent searches cleared</source>
        <translation>Recherches récentes effacées</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;Affichage</translation>
    </message>
    <message>
        <source>&amp;Dark theme</source>
        <translation>&amp;Thème sombre</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>Aid&amp;e</translation>
    </message>
    <message>
        <source>&amp;Keyboard shortcuts</source>
        <translation>&amp;Raccourcis clavier</translation>
    </message>
    <message>
        <source>&amp;About</source>
        <translation>À &amp;propos</translation>
    </message>
    <message>
        <source>About FilmFlex Agent Console</source>
        <translation>À propos de FilmFlex Agent Console</translation>
    </message>
    <message>
        <source>&lt;b&gt;FilmFlex Agent Console&lt;/b&gt; %1&lt;br&gt;For the people who answer FilmFlex customers.&lt;br&gt;Qt %2&lt;br&gt;Free software under the GNU General Public License, version 3 or later (GPL-3.0-or-later).</source>
        <translation>&lt;b&gt;FilmFlex Agent Console&lt;/b&gt; %1&lt;br&gt;Pour celles et ceux qui répondent aux clients FilmFlex.&lt;br&gt;Qt %2&lt;br&gt;Logiciel libre sous licence publique générale GNU, version 3 ou ultérieure (GPL-3.0-or-later).</translation>
    </message>
    <message>
        <source>FilmFlex Agent Console — %1</source>
        <translation>FilmFlex Agent Console — %1</translation>
    </message>
    <message>
        <source>Not connected: no secret was given for this profile.</source>
        <translation>Non connecté&#xa0;: aucun secret n&apos;a été saisi pour ce profil.</translation>
    </message>
    <message>
        <source>The console will speak %1 from its next start: close it and open it again.</source>
        <translation>La console utilisera %1 à son prochain démarrage&#xa0;: fermez-la et rouvrez-la.</translation>
    </message>
    <message>
        <source>Start the &amp;built-in sandbox</source>
        <translation>Démarrer le &amp;bac à sable intégré</translation>
    </message>
</context>
<context>
    <name>ff::ui::MessageBar</name>
    <message>
        <source>Dismiss</source>
        <translation>Fermer</translation>
    </message>
    <message>
        <source>Dismiss message</source>
        <translation>Fermer le message</translation>
    </message>
    <message>
        <source>Message action</source>
        <translation>Action du message</translation>
    </message>
    <message>
        <source>Message</source>
        <translation>Message</translation>
    </message>
</context>
<context>
    <name>ff::ui::OptionalDateEdit</name>
    <message>
        <source>any date</source>
        <translation>toute date</translation>
    </message>
</context>
<context>
    <name>ff::ui::OrderFilterBar</name>
    <message>
        <source>Created from</source>
        <translation>Créée à partir du</translation>
    </message>
    <message>
        <source>Created until</source>
        <translation>Créée jusqu&apos;au</translation>
    </message>
    <message>
        <source>Filter by title, supplier ref, order, item or transaction id (Ctrl+F)</source>
        <translation>Filtrer par titre, réf. fournisseur, commande, article ou ID de transaction (Ctrl+F)</translation>
    </message>
    <message>
        <source>Filter orders</source>
        <translation>Filtrer les commandes</translation>
    </message>
    <message>
        <source>Filter by status</source>
        <translation>Filtrer par statut</translation>
    </message>
    <message>
        <source>All statuses</source>
        <translation>Tous les statuts</translation>
    </message>
    <message>
        <source>Created:</source>
        <translation>Créées entre&#xa0;:</translation>
    </message>
    <message>
        <source>to</source>
        <translation>et</translation>
    </message>
    <message>
        <source>Refund candidates</source>
        <translation>Candidats au remboursement</translation>
    </message>
    <message>
        <source>Show only refund candidates</source>
        <translation>N&apos;afficher que les candidats au remboursement</translation>
    </message>
    <message>
        <source>Only the items whose refund is due or needs review, within the other filters (Ctrl+Shift+R)</source>
        <translation>Seulement les articles dont le remboursement est dû ou à examiner, en plus des autres filtres (Ctrl+Shift+R)</translation>
    </message>
</context>
<context>
    <name>ff::ui::OrdersLoader</name>
    <message>
        <source>Loading the orders of %1…</source>
        <translation>Chargement des commandes de %1…</translation>
    </message>
</context>
<context>
    <name>ff::ui::OrdersTree</name>
    <message>
        <source>Purchase orders and their items</source>
        <translation>Commandes et leurs articles</translation>
    </message>
    <message>
        <source>Item %1</source>
        <translation>Article %1</translation>
    </message>
    <message>
        <source>%1, %2</source>
        <translation>%1, %2</translation>
    </message>
</context>
<context>
    <name>ff::ui::OutcomeCountdown</name>
    <message>
        <source>Check &amp;now</source>
        <translation>Vérifier mai&amp;ntenant</translation>
    </message>
    <message>
        <source>Read the order again now to see whether it was applied</source>
        <translation>Relire la commande maintenant pour voir si la modification a été appliquée</translation>
    </message>
    <message numerus="yes">
        <source>Not yet seen on the server. The order is read again in %n s; until then this change cannot be sent again.</source>
        <translation>
            <numerusform>Pas encore visible sur le serveur. La commande sera relue dans %n s&#xa0;; d&apos;ici là, cette modification ne peut pas être renvoyée.</numerusform>
            <numerusform>Pas encore visible sur le serveur. La commande sera relue dans %n s&#xa0;; d&apos;ici là, cette modification ne peut pas être renvoyée.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ff::ui::ProfileIndicator</name>
    <message>
        <source>Active connection profile</source>
        <translation>Profil de connexion actif</translation>
    </message>
    <message>
        <source>● PRODUCTION: %1</source>
        <translation>● PRODUCTION&#xa0;: %1</translation>
    </message>
    <message>
        <source>Sandbox (test data)</source>
        <translation>Bac à sable (données de test)</translation>
    </message>
    <message>
        <source> · read-only</source>
        <translation> · lecture seule</translation>
    </message>
    <message>
        <source> · insecure http allowed</source>
        <translation> · http non sécurisé autorisé</translation>
    </message>
    <message numerus="yes">
        <source> · trusts %n extra certificate(s)</source>
        <translation>
            <numerusform> · %n certificat supplémentaire approuvé</numerusform>
            <numerusform> · %n certificats supplémentaires approuvés</numerusform>
        </translation>
    </message>
    <message>
        <source>Connected through profile “%1”. Click to switch.</source>
        <translation>Connecté via le profil «&#xa0;%1&#xa0;». Cliquez pour en changer.</translation>
    </message>
    <message>
        <source>%1 (production)</source>
        <translation>%1 (production)</translation>
    </message>
    <message>
        <source>Manage profiles…</source>
        <translation>Gérer les profils…</translation>
    </message>
    <message>
        <source>No profile</source>
        <translation>Aucun profil</translation>
    </message>
    <message>
        <source>Certificates trusted for this profile (server, SHA-256):</source>
        <translation>Certificats approuvés pour ce profil (serveur, SHA-256)&#xa0;:</translation>
    </message>
</context>
<context>
    <name>ff::ui::ProfileManager</name>
    <message>
        <source>There is no profile called “%1”.</source>
        <translation>Aucun profil ne s&apos;appelle «&#xa0;%1&#xa0;».</translation>
    </message>
    <message>
        <source>Welcome</source>
        <translation>Bienvenue</translation>
    </message>
    <message>
        <source>No connection is set up yet.

Start the built-in sandbox (a local server with realistic test customers, for trying the console safely), or set up a connection to a FilmFlex server?</source>
        <translation>Aucune connexion n&apos;est encore configurée.

Démarrer le bac à sable intégré (un serveur local avec des clients de test réalistes, pour essayer la console sans risque), ou configurer une connexion à un serveur FilmFlex&#xa0;?</translation>
    </message>
    <message>
        <source>Start the sandbox</source>
        <translation>Démarrer le bac à sable</translation>
    </message>
    <message>
        <source>Set up a connection…</source>
        <translation>Configurer une connexion…</translation>
    </message>
    <message>
        <source>Settings updated</source>
        <translation>Paramètres mis à jour</translation>
    </message>
</context>
<context>
    <name>ff::ui::ProfilesDialog</name>
    <message>
        <source>Production (shown in red)</source>
        <translation>Production (affiché en rouge)</translation>
    </message>
    <message>
        <source>Read-only: no changes can be sent</source>
        <translation>Lecture seule&#xa0;: aucune modification ne peut être envoyée</translation>
    </message>
    <message>
        <source>Allow plain http to a remote server (insecure)</source>
        <translation>Autoriser http non chiffré vers un serveur distant (non sécurisé)</translation>
    </message>
    <message>
        <source>Connection profiles</source>
        <translation>Profils de connexion</translation>
    </message>
    <message>
        <source>Profiles</source>
        <translation>Profils</translation>
    </message>
    <message>
        <source>Bearer token</source>
        <translation>Jeton Bearer</translation>
    </message>
    <message>
        <source>API key header</source>
        <translation>En-tête de clé API</translation>
    </message>
    <message>
        <source>Basic (user and password)</source>
        <translation>Basic (utilisateur et mot de passe)</translation>
    </message>
    <message>
        <source>None</source>
        <translation>Aucune</translation>
    </message>
    <message>
        <source>leave empty to keep the one in the keychain</source>
        <translation>laisser vide pour garder celui du trousseau de clés</translation>
    </message>
    <message>
        <source>no keychain: you will be asked for it when connecting</source>
        <translation>pas de trousseau de clés&#xa0;: il vous sera demandé à la connexion</translation>
    </message>
    <message>
        <source> s</source>
        <translation> s</translation>
    </message>
    <message>
        <source>Id</source>
        <translation>ID</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nom</translation>
    </message>
    <message>
        <source>Currency</source>
        <translation>Devise</translation>
    </message>
    <message>
        <source>Affiliates of this profile</source>
        <translation>Partenaires de ce profil</translation>
    </message>
    <message>
        <source>Profile name</source>
        <translation>Nom du profil</translation>
    </message>
    <message>
        <source>Platform API URL</source>
        <translation>URL de l&apos;API de la plateforme</translation>
    </message>
    <message>
        <source>Admin API URL</source>
        <translation>URL de l&apos;API d&apos;administration</translation>
    </message>
    <message>
        <source>Authentication</source>
        <translation>Authentification</translation>
    </message>
    <message>
        <source>API key header name</source>
        <translation>Nom de l&apos;en-tête de clé API</translation>
    </message>
    <message>
        <source>User name</source>
        <translation>Nom d&apos;utilisateur</translation>
    </message>
    <message>
        <source>Secret</source>
        <translation>Secret</translation>
    </message>
    <message>
        <source>Timeout</source>
        <translation>Délai d&apos;attente</translation>
    </message>
    <message>
        <source>Proxy</source>
        <translation>Proxy</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Nom&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Platform API URL:</source>
        <translation>URL de l&apos;API &amp;plateforme&#xa0;:</translation>
    </message>
    <message>
        <source>A&amp;dmin API URL:</source>
        <translation>URL de l&apos;API &amp;admin&#xa0;:</translation>
    </message>
    <message>
        <source>A&amp;uthentication:</source>
        <translation>Au&amp;thentification&#xa0;:</translation>
    </message>
    <message>
        <source>API key &amp;header:</source>
        <translation>En-tête de &amp;clé API&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;User name (basic):</source>
        <translation>Nom d&apos;&amp;utilisateur (Basic)&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Secret:</source>
        <translation>&amp;Secret&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Timeout:</source>
        <translation>&amp;Délai d&apos;attente&#xa0;:</translation>
    </message>
    <message>
        <source>Pro&amp;xy:</source>
        <translation>Pro&amp;xy&#xa0;:</translation>
    </message>
    <message>
        <source>Affiliates:</source>
        <translation>Partenaires&#xa0;:</translation>
    </message>
    <message>
        <source>Add</source>
        <translation>Ajouter</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Supprimer</translation>
    </message>
    <message>
        <source>Add affiliate</source>
        <translation>Ajouter un partenaire</translation>
    </message>
    <message>
        <source>New profile %1</source>
        <translation>Nouveau profil %1</translation>
    </message>
    <message>
        <source>Every profile needs a name.</source>
        <translation>Chaque profil doit avoir un nom.</translation>
    </message>
    <message>
        <source>Two profiles are called “%1”.</source>
        <translation>Deux profils s&apos;appellent «&#xa0;%1&#xa0;».</translation>
    </message>
    <message>
        <source>Profile “%1”: “%2” is not an http(s) URL.</source>
        <translation>Profil «&#xa0;%1&#xa0;»&#xa0;: «&#xa0;%2&#xa0;» n&apos;est pas une URL http(s).</translation>
    </message>
    <message>
        <source>empty: the system&apos;s proxy settings; host:port, no user name or password</source>
        <translation>vide&#xa0;: paramètres proxy du système&#xa0;; hôte:port, sans nom d&apos;utilisateur ni mot de passe</translation>
    </message>
    <message>
        <source>Time zone</source>
        <translation>Fuseau horaire</translation>
    </message>
    <message>
        <source>Refund policy (JSON)</source>
        <translation>Règles de remboursement (JSON)</translation>
    </message>
    <message>
        <source>The affiliate&apos;s time zone, e.g. Europe/London; empty: yours</source>
        <translation>Le fuseau horaire du partenaire, p. ex. Europe/Paris&#xa0;; vide&#xa0;: le vôtre</translation>
    </message>
    <message>
        <source>The affiliate&apos;s refund policy as JSON, e.g. {&quot;CourtesyWindowHours&quot;: 24}; a missing key takes its default; empty: the defaults</source>
        <translation>Les règles de remboursement du partenaire en JSON, p. ex. {&quot;CourtesyWindowHours&quot;: 24}&#xa0;; une clé absente prend sa valeur par défaut&#xa0;; vide&#xa0;: les valeurs par défaut</translation>
    </message>
    <message>
        <source>Profile “%1”: the proxy has a user name or password. Proxy authentication is not supported: give the proxy as host:port, without them.</source>
        <translation>Profil «&#xa0;%1&#xa0;»&#xa0;: le proxy comporte un nom d&apos;utilisateur ou un mot de passe. L&apos;authentification proxy n&apos;est pas prise en charge&#xa0;: indiquez le proxy sous la forme hôte:port, sans eux.</translation>
    </message>
    <message>
        <source>Profile “%1”, affiliate %2: %3</source>
        <translation>Profil «&#xa0;%1&#xa0;», partenaire %2&#xa0;: %3</translation>
    </message>
    <message>
        <source>Profile “%1”, affiliate %2: the refund policy: %3</source>
        <translation>Profil «&#xa0;%1&#xa0;», partenaire %2&#xa0;: règles de remboursement&#xa0;: %3</translation>
    </message>
</context>
<context>
    <name>ff::ui::SearchBar</name>
    <message>
        <source>Open customer</source>
        <translation>Ouvrir le client</translation>
    </message>
    <message>
        <source>Affiliate</source>
        <translation>Partenaire</translation>
    </message>
    <message>
        <source>The affiliate, by name or by id</source>
        <translation>Le partenaire, par nom ou par ID</translation>
    </message>
    <message>
        <source>Customer name or email</source>
        <translation>Nom ou e-mail du client</translation>
    </message>
    <message>
        <source>Customer name or email (Ctrl+L)</source>
        <translation>Nom ou e-mail du client (Ctrl+L)</translation>
    </message>
    <message>
        <source>&amp;Affiliate:</source>
        <translation>&amp;Partenaire&#xa0;:</translation>
    </message>
    <message>
        <source>C&amp;ustomer:</source>
        <translation>C&amp;lient&#xa0;:</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>“%1” is not an affiliate: choose one from the list or type its number.</source>
        <translation>«&#xa0;%1&#xa0;» n&apos;est pas un partenaire&#xa0;: choisissez-en un dans la liste ou saisissez son numéro.</translation>
    </message>
    <message>
        <source>Enter the customer&apos;s name or email address.</source>
        <translation>Saisissez le nom ou l&apos;adresse e-mail du client.</translation>
    </message>
    <message>
        <source>“%1” cannot be a customer name.</source>
        <translation>«&#xa0;%1&#xa0;» ne peut pas être un nom de client.</translation>
    </message>
</context>
<context>
    <name>ff::ui::SecretDialog</name>
    <message>
        <source>Remember it in the system keychain</source>
        <translation>Mémoriser dans le trousseau de clés du système</translation>
    </message>
    <message>
        <source>Secret for %1</source>
        <translation>Secret pour %1</translation>
    </message>
    <message>
        <source>Token, API key or password</source>
        <translation>Jeton, clé API ou mot de passe</translation>
    </message>
    <message>
        <source>Connect</source>
        <translation>Se connecter</translation>
    </message>
    <message>
        <source>&amp;Secret:</source>
        <translation>&amp;Secret&#xa0;:</translation>
    </message>
</context>
<context>
    <name>ff::ui::ShortcutsDialog</name>
    <message>
        <source>Keyboard shortcuts</source>
        <translation>Raccourcis clavier</translation>
    </message>
    <message>
        <source>Keys</source>
        <translation>Touches</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>Action</translation>
    </message>
    <message>
        <source>Send a confirmed change (in the add-item and licence dialogs)</source>
        <translation>Envoyer une modification confirmée (dans les fenêtres d&apos;ajout d&apos;article et de licence)</translation>
    </message>
</context>
<context>
    <name>ff::ui::SignalColumns</name>
    <message>
        <source>For a refund</source>
        <translation>Pour un remboursement</translation>
    </message>
    <message>
        <source>Needs a person&apos;s judgement</source>
        <translation>À l&apos;appréciation d&apos;une personne</translation>
    </message>
    <message>
        <source>Against a refund</source>
        <translation>Contre un remboursement</translation>
    </message>
    <message>
        <source>Nothing</source>
        <translation>Rien</translation>
    </message>
    <message>
        <source>%1 (no weight: the state decides)</source>
        <translation>%1 (sans poids&#xa0;: c&apos;est l&apos;état qui décide)</translation>
    </message>
    <message>
        <source>Evidence for %1</source>
        <translation>Éléments pour «&#xa0;%1&#xa0;»</translation>
    </message>
</context>
<context>
    <name>ff::ui::SpendChartPanel</name>
    <message>
        <source>As a &amp;table</source>
        <translation>En &amp;tableau</translation>
    </message>
    <message>
        <source>Show &amp;all months</source>
        <translation>Tous les &amp;mois</translation>
    </message>
    <message>
        <source>Show spend per month as a table</source>
        <translation>Afficher les dépenses par mois sous forme de tableau</translation>
    </message>
    <message>
        <source>The chart&apos;s numbers as a table, one row per month and currency</source>
        <translation>Les chiffres du graphique sous forme de tableau, une ligne par mois et par devise</translation>
    </message>
    <message>
        <source>Spend per month</source>
        <translation>Dépenses par mois</translation>
    </message>
    <message>
        <source>Press Enter on a month to show only its purchases</source>
        <translation>Appuyez sur Entrée sur un mois pour n&apos;afficher que ses achats</translation>
    </message>
    <message>
        <source>spend-per-month</source>
        <translation>depenses-par-mois</translation>
    </message>
    <message>
        <source>Show purchases of all months</source>
        <translation>Afficher les achats de tous les mois</translation>
    </message>
    <message>
        <source>Gross spend per month (months in %1):</source>
        <translation>Dépenses TTC par mois (mois en %1)&#xa0;:</translation>
    </message>
    <message>
        <source>Showing the purchases of %1 only.</source>
        <translation>Seuls les achats de %1 sont affichés.</translation>
    </message>
</context>
<context>
    <name>ff::ui::TableExport</name>
    <message>
        <source>Export as CSV…</source>
        <translation>Exporter en CSV…</translation>
    </message>
    <message>
        <source>Copy</source>
        <translation>Copier</translation>
    </message>
    <message>
        <source>Copy the selected cells, for a spreadsheet to paste as cells</source>
        <translation>Copier les cellules sélectionnées, à coller en cellules dans un tableur</translation>
    </message>
    <message>
        <source>Save every row the filter shows (expanded or not), in the columns and the order shown, as a CSV file</source>
        <translation>Enregistrer dans un fichier CSV chaque ligne affichée par le filtre (développée ou non), avec les colonnes dans l&apos;ordre affiché</translation>
    </message>
    <message>
        <source>Export as CSV</source>
        <translation>Exporter en CSV</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>Fichiers CSV (*.csv)</translation>
    </message>
    <message numerus="yes">
        <source>%n row(s) exported to %1</source>
        <translation>
            <numerusform>%n ligne exportée vers %1</numerusform>
            <numerusform>%n lignes exportées vers %1</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ff::ui::TimelineWidget</name>
    <message>
        <source>Time line</source>
        <translation>Chronologie</translation>
    </message>
    <message>
        <source>Nothing to show.</source>
        <translation>Rien à afficher.</translation>
    </message>
</context>
<context>
    <name>ff::ui::WelcomePage</name>
    <message>
        <source>&lt;h2&gt;Find a customer&lt;/h2&gt;&lt;p&gt;Choose the affiliate, type the customer&apos;s name or email address and press Enter. Each customer opens in a tab of its own.&lt;/p&gt;&lt;p&gt;Ctrl+L: search · Ctrl+F: filter orders · F5: refresh · Ctrl+W: close tab · F1: all shortcuts&lt;/p&gt;</source>
        <translation>&lt;h2&gt;Rechercher un client&lt;/h2&gt;&lt;p&gt;Choisissez le partenaire, saisissez le nom ou l&apos;adresse e-mail du client et appuyez sur Entrée. Chaque client s&apos;ouvre dans son propre onglet.&lt;/p&gt;&lt;p&gt;Ctrl+L&#xa0;: rechercher · Ctrl+F&#xa0;: filtrer les commandes · F5&#xa0;: actualiser · Ctrl+W&#xa0;: fermer l&apos;onglet · F1&#xa0;: tous les raccourcis&lt;/p&gt;</translation>
    </message>
    <message>
        <source>affiliate %1</source>
        <translation>partenaire %1</translation>
    </message>
    <message>
        <source>&lt;p&gt;Test customers of the sandbox: %1&lt;/p&gt;</source>
        <translation>&lt;p&gt;Clients de test du bac à sable&#xa0;: %1&lt;/p&gt;</translation>
    </message>
    <message>
        <source>&lt;p&gt;To see refund investigations, open %1: an example of every refund case, each item with its verdict and the evidence.&lt;/p&gt;</source>
        <translation>&lt;p&gt;Pour voir des analyses de remboursement, ouvrez %1&#xa0;: un exemple de chaque cas de remboursement, chaque article avec son avis et ses éléments.&lt;/p&gt;</translation>
    </message>
</context>
<context>
    <name>ff::ui::WriteDialog</name>
    <message>
        <source>Back</source>
        <translation>Précédent</translation>
    </message>
    <message>
        <source>Next</source>
        <translation>Suivant</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Annuler</translation>
    </message>
    <message>
        <source>Exactly what will be sent</source>
        <translation>Exactement ce qui sera envoyé</translation>
    </message>
    <message>
        <source>e.g. CS-104233</source>
        <translation>p. ex. CS-104233</translation>
    </message>
    <message>
        <source>Ticket or case reference</source>
        <translation>Ticket ou référence du dossier</translation>
    </message>
    <message>
        <source>Why this change is being made</source>
        <translation>Pourquoi cette modification est faite</translation>
    </message>
    <message>
        <source>Reason for the change</source>
        <translation>Motif de la modification</translation>
    </message>
    <message>
        <source>Will be sent:</source>
        <translation>Sera envoyé&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Ticket or case reference:</source>
        <translation>&amp;Ticket ou référence du dossier&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Reason:</source>
        <translation>&amp;Motif&#xa0;:</translation>
    </message>
    <message>
        <source>Result of the change</source>
        <translation>Résultat de la modification</translation>
    </message>
    <message>
        <source>Send (Ctrl+Enter)</source>
        <translation>Envoyer (Ctrl+Entrée)</translation>
    </message>
    <message>
        <source>Reading the order again to find out whether it was applied…</source>
        <translation>Relecture de la commande pour savoir si la modification a été appliquée…</translation>
    </message>
    <message>
        <source>Nothing was changed.</source>
        <translation>Rien n&apos;a été modifié.</translation>
    </message>
    <message>
        <source>Sending… the answer is awaited before anything else can be done here.</source>
        <translation>Envoi… il faut attendre la réponse avant de pouvoir faire autre chose ici.</translation>
    </message>
    <message>
        <source>Before going on:</source>
        <translation>Avant de continuer&#xa0;:</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Fermer</translation>
    </message>
    <message>
        <source>Not yet seen on the server: “%1” was sent earlier in this session, its answer said nothing certain, and whether it was applied has not been found out. The same change cannot be sent again in this session: check the customer&apos;s orders (F5) to see whether it is there.</source>
        <translation>Pas encore visible sur le serveur&#xa0;: «&#xa0;%1&#xa0;» a été envoyé plus tôt dans cette session, sa réponse n&apos;était pas concluante, et on ne sait pas encore si la modification a été appliquée. La même modification ne peut pas être renvoyée dans cette session&#xa0;: vérifiez les commandes du client (F5) pour voir si elle y figure.</translation>
    </message>
    <message>
        <source>%1 Reading the order again shows %2.</source>
        <translation>%1 La relecture de la commande montre que %2.</translation>
    </message>
    <message>
        <source>%1 Reading the order again, once the server had had time to finish, shows %2. You can send it again.</source>
        <translation>%1 La relecture de la commande, une fois le serveur ayant eu le temps de terminer, montre que %2. Vous pouvez la renvoyer.</translation>
    </message>
    <message>
        <source>%1 Whether it was applied is not certain: %2. Send it again only once you are sure it is not there.</source>
        <translation>%1 On ne sait pas avec certitude si elle a été appliquée&#xa0;: %2. Ne la renvoyez qu&apos;une fois sûr qu&apos;elle n&apos;y figure pas.</translation>
    </message>
    <message>
        <source>%1 Not yet seen on the server: %2</source>
        <translation>%1 Pas encore visible sur le serveur&#xa0;: %2</translation>
    </message>
    <message>
        <source>%1 Whether it was applied is still not known: %2 Check the order before doing anything else.</source>
        <translation>%1 On ne sait toujours pas si elle a été appliquée&#xa0;: %2 Vérifiez la commande avant toute autre action.</translation>
    </message>
    <message>
        <source>Not yet seen on the server. Check again, or close this and check the customer&apos;s orders: this change cannot be sent again in this session.</source>
        <translation>Pas encore visible sur le serveur. Vérifiez de nouveau, ou fermez cette fenêtre et vérifiez les commandes du client&#xa0;: cette modification ne peut pas être renvoyée dans cette session.</translation>
    </message>
</context>
<context>
    <name>ff::ui::WriteReconciler</name>
    <message>
        <source>the connection is gone.</source>
        <translation>la connexion a été perdue.</translation>
    </message>
</context>
<context>
    <name>ffconsole</name>
    <message>
        <source>A desktop console for FilmFlex customer service.</source>
        <translation>Une console de bureau pour le service client FilmFlex.</translation>
    </message>
    <message>
        <source>Start the built-in sandbox and connect to it.</source>
        <translation>Démarrer le bac à sable intégré et s’y connecter.</translation>
    </message>
    <message>
        <source>Connect with this saved profile.</source>
        <translation>Se connecter avec ce profil enregistré.</translation>
    </message>
    <message>
        <source>NAME</source>
        <comment>the value of --profile in --help</comment>
        <translation>NOM</translation>
    </message>
</context>
</TS>
