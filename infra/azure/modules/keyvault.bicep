// The Key Vault that holds the app's secrets, readable by the app's managed identity alone (Azure RBAC, no access
// policies). A secret is written only when its value is given, so a later deployment without it keeps the one in
// the vault, and `az keyvault secret set` rotates it without redeploying.

@description('Azure region.')
param location string

@description('Prefix of every resource name.')
param baseName string

@description('The principal (object) id of the app\'s user-assigned managed identity.')
param appPrincipalId string

@description('The CRM database\'s connection string (with its password); empty keeps the stored one.')
@secure()
param crmConnectionString string

@description('Twilio\'s auth token; empty keeps the stored one.')
@secure()
param twilioAuthToken string

@description('The admin endpoints\' API key; empty keeps the stored one.')
@secure()
param adminApiKey string

@description('The Azure OpenAI API key; empty keeps the stored one (or there is none: no AI).')
@secure()
param azureOpenAiApiKey string

// Built-in role: read secret contents.
var keyVaultSecretsUserRoleId = '4633458b-17de-408a-b874-0445c86b69e6'

// The secrets' names in the vault (README, "Deploy", lists them for rotation).
var secretNames = {
  crmConnectionString: 'crm-connection-string'
  twilioAuthToken: 'twilio-auth-token'
  adminApiKey: 'admin-api-key'
  azureOpenAiApiKey: 'azure-openai-api-key'
}

resource vault 'Microsoft.KeyVault/vaults@2023-07-01' = {
  name: take('${baseName}-kv-${uniqueString(resourceGroup().id)}', 24)
  location: location
  properties: {
    tenantId: subscription().tenantId
    sku: {
      family: 'A'
      name: 'standard'
    }
    enableRbacAuthorization: true
    enableSoftDelete: true
    softDeleteRetentionInDays: 90
    enablePurgeProtection: true
  }
}

resource crmConnectionStringSecret 'Microsoft.KeyVault/vaults/secrets@2023-07-01' = if (!empty(crmConnectionString)) {
  parent: vault
  name: secretNames.crmConnectionString
  properties: {
    value: crmConnectionString
  }
}

resource twilioAuthTokenSecret 'Microsoft.KeyVault/vaults/secrets@2023-07-01' = if (!empty(twilioAuthToken)) {
  parent: vault
  name: secretNames.twilioAuthToken
  properties: {
    value: twilioAuthToken
  }
}

resource adminApiKeySecret 'Microsoft.KeyVault/vaults/secrets@2023-07-01' = if (!empty(adminApiKey)) {
  parent: vault
  name: secretNames.adminApiKey
  properties: {
    value: adminApiKey
  }
}

resource azureOpenAiApiKeySecret 'Microsoft.KeyVault/vaults/secrets@2023-07-01' = if (!empty(azureOpenAiApiKey)) {
  parent: vault
  name: secretNames.azureOpenAiApiKey
  properties: {
    value: azureOpenAiApiKey
  }
}

resource appReadsSecrets 'Microsoft.Authorization/roleAssignments@2022-04-01' = {
  name: guid(vault.id, appPrincipalId, keyVaultSecretsUserRoleId)
  scope: vault
  properties: {
    roleDefinitionId: subscriptionResourceId('Microsoft.Authorization/roleDefinitions', keyVaultSecretsUserRoleId)
    principalId: appPrincipalId
    principalType: 'ServicePrincipal'
  }
}

output name string = vault.name
// Versionless secret URLs: the app always reads the latest version (Container Apps refreshes them within 30 minutes).
// Like every output, they exist only once the whole module is deployed, the identity's role assignment included.
output crmConnectionStringUrl string = '${vault.properties.vaultUri}secrets/${secretNames.crmConnectionString}'
output twilioAuthTokenUrl string = '${vault.properties.vaultUri}secrets/${secretNames.twilioAuthToken}'
output adminApiKeyUrl string = '${vault.properties.vaultUri}secrets/${secretNames.adminApiKey}'
output azureOpenAiApiKeyUrl string = '${vault.properties.vaultUri}secrets/${secretNames.azureOpenAiApiKey}'
