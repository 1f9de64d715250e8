"""Credentials from a QGIS authentication configuration: read in memory when a run needs
them, never stored, logged or written into a report."""
from qgis.core import QgsApplication, QgsAuthMethodConfig, QgsProcessingException
from qgis.PyQt.QtCore import QCoreApplication


def credentials_from_authcfg(authcfg):
    """(user name, password) of the Basic authentication configuration ``authcfg``."""
    config = QgsAuthMethodConfig()
    manager = QgsApplication.authManager()
    if not manager.loadAuthenticationConfig(authcfg, config, True) or not config.isValid(True):
        raise QgsProcessingException(QCoreApplication.translate(
            "S2GMAuthentication",
            "The authentication configuration {id} cannot be read: check it in Settings > Options > "
            "Authentication (is the master password set?).").format(id=authcfg))
    user, password = config.config("username"), config.config("password")
    if not user or not password:
        raise QgsProcessingException(QCoreApplication.translate(
            "S2GMAuthentication",
            "The authentication configuration {id} has no user name or password: use the Basic "
            "authentication method.").format(id=authcfg))
    return user, password
