// RetailCrm.Bot in production on Azure, in one resource group:
//   - a user-assigned managed identity: the app's only way to its secrets (and to the registry, if it is ACR);
//   - Key Vault (RBAC) holding the database connection string, Twilio's auth token, the admin API key and the
//     Azure OpenAI key;
//   - Azure Database for PostgreSQL Flexible Server in a virtual network, with no public endpoint;
//   - a Container Apps environment in the same network, logging to a Log Analytics workspace, and the bot's
//     container app, which runs `migrate` before each replica starts.
// Deploy: README, "Deploy" (az deployment group create --parameters @infra/azure/main.parameters.json ...).
// The secure parameters are written to Key Vault when given; the first deployment needs postgresAdminPassword,
// twilioAuthToken and adminApiKey (and azureOpenAiApiKey with azureOpenAiEndpoint), later ones may leave them out.

targetScope = 'resourceGroup'

@description('Azure region of every resource.')
param location string = resourceGroup().location

@description('Prefix of every resource name: lower-case letters, digits and hyphens.')
@minLength(3)
@maxLength(12)
param baseName string = 'retailcrm'

@description('The bot\'s image, built from infra/Dockerfile, e.g. myregistry.azurecr.io/retailcrm-bot:1.0.0.')
param containerImage string

@description('An Azure Container Registry in this resource group that holds the image, pulled with the managed identity; empty for a public image.')
param registryName string = ''

@minValue(1)
@maxValue(10)
@description('Replicas always running: at least one, for the scheduled jobs and the outbox.')
param minReplicas int = 1

@minValue(1)
@maxValue(10)
@description('Most replicas under load; they share the work through PostgreSQL.')
param maxReplicas int = 3

@description('PostgreSQL administrator login, which the app connects as.')
param postgresAdminLogin string = 'retailcrm'

@description('PostgreSQL administrator password: letters and digits, at least 16 (upper and lower case and digits, as Azure requires). Required on the first deployment; empty later keeps the one set.')
@secure()
param postgresAdminPassword string = ''

@description('PostgreSQL major version.')
param postgresVersion string = '15'

@description('PostgreSQL compute size.')
param postgresSkuName string = 'Standard_B1ms'

@description('The tier of postgresSkuName.')
@allowed(['Burstable', 'GeneralPurpose', 'MemoryOptimized'])
param postgresSkuTier string = 'Burstable'

@description('PostgreSQL storage in GiB.')
param postgresStorageSizeGB int = 32

@description('Store:Name, used in greetings, HELP and opt-out replies.')
param storeName string

@description('Store:OwnerPhones: the owners\' numbers, any common spelling.')
param storeOwnerPhones array

@description('Store:DefaultRegion, for numbers written without a country code.')
param storeDefaultRegion string = 'IN'

@description('Store:TimeZone, an IANA id.')
param storeTimeZone string = 'Asia/Kolkata'

@description('Store:Address (optional).')
param storeAddress string = ''

@description('Store:Phone, the number shoppers can call (optional).')
param storePhone string = ''

@description('Store:OpeningHours: {"Daily": "10:00-21:00", "Sun": "closed"} (optional).')
param storeOpeningHours object = {}

@description('Store:ReturnPolicy (optional).')
param storeReturnPolicy string = ''

@description('Twilio:AccountSid (AC...).')
param twilioAccountSid string

@description('Twilio:AuthToken, written to Key Vault. Required on the first deployment; empty later keeps the stored one.')
@secure()
param twilioAuthToken string = ''

@description('Twilio:SmsFrom, E.164 (optional if another sender is set).')
param twilioSmsFrom string = ''

@description('Twilio:WhatsAppFrom, whatsapp:+E.164 (optional if another sender is set).')
param twilioWhatsAppFrom string = ''

@description('Twilio:MessagingServiceSid (optional).')
param twilioMessagingServiceSid string = ''

@description('Twilio:PublicBaseUrl, the origin Twilio calls (a custom domain); empty means the container app\'s own URL.')
param twilioPublicBaseUrl string = ''

@description('Admin:ApiKey for the customer data endpoints, written to Key Vault. Required on the first deployment; empty later keeps the stored one.')
@secure()
param adminApiKey string = ''

@description('AzureOpenAI:Endpoint; empty runs the bot without AI.')
param azureOpenAiEndpoint string = ''

@description('AzureOpenAI:Deployment, with the endpoint.')
param azureOpenAiDeployment string = ''

@description('AzureOpenAI:ApiKey, written to Key Vault; needed with the endpoint on the first deployment.')
@secure()
param azureOpenAiApiKey string = ''

@description('Days Log Analytics keeps the logs.')
param logRetentionDays int = 30

var databaseName = 'retailcrm'

resource identity 'Microsoft.ManagedIdentity/userAssignedIdentities@2023-01-31' = {
  name: '${baseName}-bot-identity'
  location: location
}

resource logs 'Microsoft.OperationalInsights/workspaces@2023-09-01' = {
  name: '${baseName}-logs'
  location: location
  properties: {
    sku: {
      name: 'PerGB2018'
    }
    retentionInDays: logRetentionDays
  }
}

module network 'modules/network.bicep' = {
  name: 'network'
  params: {
    location: location
    baseName: baseName
  }
}

module postgres 'modules/postgres.bicep' = {
  name: 'postgres'
  params: {
    location: location
    baseName: baseName
    subnetId: network.outputs.databaseSubnetId
    privateDnsZoneId: network.outputs.postgresDnsZoneId
    administratorLogin: postgresAdminLogin
    administratorPassword: postgresAdminPassword
    version: postgresVersion
    skuName: postgresSkuName
    skuTier: postgresSkuTier
    storageSizeGB: postgresStorageSizeGB
    databaseName: databaseName
  }
}

module vault 'modules/keyvault.bicep' = {
  name: 'keyvault'
  params: {
    location: location
    baseName: baseName
    appPrincipalId: identity.properties.principalId
    // The server's certificate is checked (VerifyFull) against the image's CA bundle.
    crmConnectionString: empty(postgresAdminPassword)
      ? ''
      : 'Host=${postgres.outputs.fullyQualifiedDomainName};Port=5432;Database=${postgres.outputs.databaseName};Username=${postgresAdminLogin};Password=${postgresAdminPassword};SSL Mode=VerifyFull'
    twilioAuthToken: twilioAuthToken
    adminApiKey: adminApiKey
    azureOpenAiApiKey: azureOpenAiApiKey
  }
}

module app 'modules/app.bicep' = {
  name: 'app'
  params: {
    location: location
    baseName: baseName
    identityId: identity.id
    identityPrincipalId: identity.properties.principalId
    logAnalyticsWorkspaceName: logs.name
    subnetId: network.outputs.appsSubnetId
    containerImage: containerImage
    registryName: registryName
    minReplicas: minReplicas
    maxReplicas: maxReplicas
    crmConnectionStringUrl: vault.outputs.crmConnectionStringUrl
    twilioAuthTokenUrl: vault.outputs.twilioAuthTokenUrl
    adminApiKeyUrl: vault.outputs.adminApiKeyUrl
    azureOpenAiApiKeyUrl: vault.outputs.azureOpenAiApiKeyUrl
    storeName: storeName
    storeOwnerPhones: storeOwnerPhones
    storeDefaultRegion: storeDefaultRegion
    storeTimeZone: storeTimeZone
    storeAddress: storeAddress
    storePhone: storePhone
    storeOpeningHours: storeOpeningHours
    storeReturnPolicy: storeReturnPolicy
    twilioAccountSid: twilioAccountSid
    twilioSmsFrom: twilioSmsFrom
    twilioWhatsAppFrom: twilioWhatsAppFrom
    twilioMessagingServiceSid: twilioMessagingServiceSid
    twilioPublicBaseUrl: twilioPublicBaseUrl
    azureOpenAiEndpoint: azureOpenAiEndpoint
    azureOpenAiDeployment: azureOpenAiDeployment
  }
}

@description('The bot\'s https URL.')
output appUrl string = app.outputs.url

@description('Twilio\'s "A message comes in" webhook: POST here.')
output twilioMessagesWebhook string = '${empty(twilioPublicBaseUrl) ? app.outputs.url : twilioPublicBaseUrl}/webhooks/twilio/messages'

@description('The Key Vault holding the secrets, for `az keyvault secret set`.')
output keyVaultName string = vault.outputs.name

@description('The PostgreSQL server.')
output postgresServer string = postgres.outputs.fullyQualifiedDomainName
