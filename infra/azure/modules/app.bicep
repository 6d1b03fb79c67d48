// The Container Apps environment (in the virtual network, logging to Log Analytics) and the bot's container app.
// Each replica runs `migrate` as an init container before the bot starts, as compose.yaml's migrate step does; EF
// Core takes a lock for it, so replicas starting together migrate once. Secrets come from Key Vault through the
// user-assigned managed identity, which also pulls the image when it is in Azure Container Registry.

@description('Azure region.')
param location string

@description('Prefix of every resource name.')
param baseName string

@description('Resource id of the app\'s user-assigned managed identity.')
param identityId string

@description('Principal (object) id of that identity.')
param identityPrincipalId string

@description('The Log Analytics workspace the environment sends container logs to.')
param logAnalyticsWorkspaceName string

@description('The subnet delegated to Microsoft.App/environments.')
param subnetId string

@description('The bot\'s image, e.g. myregistry.azurecr.io/retailcrm-bot:1.0.0.')
param containerImage string

@description('An Azure Container Registry in this resource group to pull from with the identity; empty for a public image.')
param registryName string

@minValue(1)
@description('Replicas always running: at least one, for the scheduled jobs and the outbox.')
param minReplicas int

@description('Most replicas under load (they share the work through PostgreSQL).')
param maxReplicas int

@description('Key Vault URLs of the secrets (versionless).')
param crmConnectionStringUrl string
param twilioAuthTokenUrl string
param adminApiKeyUrl string
param azureOpenAiApiKeyUrl string

param storeName string
param storeOwnerPhones array
param storeDefaultRegion string
param storeTimeZone string
param storeAddress string
param storePhone string
param storeOpeningHours object
param storeReturnPolicy string
param twilioAccountSid string
param twilioSmsFrom string
param twilioWhatsAppFrom string
param twilioMessagingServiceSid string

@description('The origin Twilio calls; empty means the container app\'s own https URL.')
param twilioPublicBaseUrl string

param azureOpenAiEndpoint string
param azureOpenAiDeployment string

// Built-in role: pull images.
var acrPullRoleId = '7f951dda-4ed3-4680-a7ca-43fe172d538d'
var appName = '${baseName}-bot'
var port = 8080
var aiEnabled = !empty(azureOpenAiEndpoint)

// Container Apps secret names, each a reference to the Key Vault secret of the same meaning.
var secretNames = {
  crmConnectionString: 'crm-connection-string'
  twilioAuthToken: 'twilio-auth-token'
  adminApiKey: 'admin-api-key'
  azureOpenAiApiKey: 'azure-openai-api-key'
}

resource workspace 'Microsoft.OperationalInsights/workspaces@2023-09-01' existing = {
  name: logAnalyticsWorkspaceName
}

resource registry 'Microsoft.ContainerRegistry/registries@2023-07-01' existing = if (!empty(registryName)) {
  name: registryName
}

resource identityPullsImages 'Microsoft.Authorization/roleAssignments@2022-04-01' = if (!empty(registryName)) {
  name: guid(resourceGroup().id, registryName, identityPrincipalId, acrPullRoleId)
  scope: registry
  properties: {
    roleDefinitionId: subscriptionResourceId('Microsoft.Authorization/roleDefinitions', acrPullRoleId)
    principalId: identityPrincipalId
    principalType: 'ServicePrincipal'
  }
}

resource environment 'Microsoft.App/managedEnvironments@2024-03-01' = {
  name: '${baseName}-env'
  location: location
  properties: {
    appLogsConfiguration: {
      destination: 'log-analytics'
      logAnalyticsConfiguration: {
        customerId: workspace.properties.customerId
        sharedKey: workspace.listKeys().primarySharedKey
      }
    }
    vnetConfiguration: {
      infrastructureSubnetId: subnetId
      internal: false
    }
    workloadProfiles: [
      {
        name: 'Consumption'
        workloadProfileType: 'Consumption'
      }
    ]
  }
}

// Configuration keys of the app (README, "Configuration") as environment variables: `:` becomes `__`.
var settings = concat(
  [
    { name: 'Database__Provider', value: 'PostgreSQL' }
    { name: 'ConnectionStrings__Crm', secretRef: secretNames.crmConnectionString }
    { name: 'Store__Name', value: storeName }
    { name: 'Store__DefaultRegion', value: storeDefaultRegion }
    { name: 'Store__TimeZone', value: storeTimeZone }
    { name: 'Twilio__AccountSid', value: twilioAccountSid }
    { name: 'Twilio__AuthToken', secretRef: secretNames.twilioAuthToken }
    {
      name: 'Twilio__PublicBaseUrl'
      value: empty(twilioPublicBaseUrl) ? 'https://${appName}.${environment.properties.defaultDomain}' : twilioPublicBaseUrl
    }
    { name: 'Admin__ApiKey', secretRef: secretNames.adminApiKey }
  ],
  // Optional facts and senders: set only when given.
  filter(
    [
      { name: 'Store__Address', value: storeAddress }
      { name: 'Store__Phone', value: storePhone }
      { name: 'Store__ReturnPolicy', value: storeReturnPolicy }
      { name: 'Twilio__SmsFrom', value: twilioSmsFrom }
      { name: 'Twilio__WhatsAppFrom', value: twilioWhatsAppFrom }
      { name: 'Twilio__MessagingServiceSid', value: twilioMessagingServiceSid }
      { name: 'AzureOpenAI__Endpoint', value: azureOpenAiEndpoint }
      { name: 'AzureOpenAI__Deployment', value: azureOpenAiDeployment }
    ],
    setting => !empty(setting.value)
  ),
  aiEnabled ? [{ name: 'AzureOpenAI__ApiKey', secretRef: secretNames.azureOpenAiApiKey }] : [],
  // Arrays and maps: Store__OwnerPhones__0, __1, …; Store__OpeningHours__Mon, __Daily, ….
  map(range(0, length(storeOwnerPhones)), i => { name: 'Store__OwnerPhones__${i}', value: storeOwnerPhones[i] }),
  map(items(storeOpeningHours), day => { name: 'Store__OpeningHours__${day.key}', value: day.value })
)

var secrets = concat(
  [
    { name: secretNames.crmConnectionString, keyVaultUrl: crmConnectionStringUrl, identity: identityId }
    { name: secretNames.twilioAuthToken, keyVaultUrl: twilioAuthTokenUrl, identity: identityId }
    { name: secretNames.adminApiKey, keyVaultUrl: adminApiKeyUrl, identity: identityId }
  ],
  aiEnabled ? [{ name: secretNames.azureOpenAiApiKey, keyVaultUrl: azureOpenAiApiKeyUrl, identity: identityId }] : []
)

var containerResources = {
  cpu: json('0.5')
  memory: '1Gi'
}

resource app 'Microsoft.App/containerApps@2024-03-01' = {
  name: appName
  location: location
  identity: {
    type: 'UserAssigned'
    userAssignedIdentities: {
      '${identityId}': {}
    }
  }
  dependsOn: [
    identityPullsImages
  ]
  properties: {
    environmentId: environment.id
    workloadProfileName: 'Consumption'
    configuration: {
      activeRevisionsMode: 'Single'
      ingress: {
        external: true
        targetPort: port
        transport: 'http'
        allowInsecure: false
      }
      secrets: secrets
      registries: empty(registryName) ? [] : [{ server: registry!.properties.loginServer, identity: identityId }]
    }
    template: {
      initContainers: [
        {
          name: 'migrate'
          image: containerImage
          args: ['migrate']
          env: settings
          resources: containerResources
        }
      ]
      containers: [
        {
          name: 'bot'
          image: containerImage
          env: settings
          resources: containerResources
          probes: [
            {
              type: 'Startup'
              httpGet: { path: '/health/live', port: port }
              initialDelaySeconds: 5
              periodSeconds: 10
              failureThreshold: 10
            }
            {
              type: 'Liveness'
              httpGet: { path: '/health/live', port: port }
              periodSeconds: 30
              failureThreshold: 3
            }
            {
              type: 'Readiness'
              httpGet: { path: '/health/ready', port: port }
              periodSeconds: 15
              failureThreshold: 3
            }
          ]
        }
      ]
      scale: {
        minReplicas: minReplicas
        maxReplicas: maxReplicas
        rules: [
          {
            name: 'http'
            http: {
              metadata: {
                concurrentRequests: '100'
              }
            }
          }
        ]
      }
    }
  }
}

output url string = 'https://${app.properties.configuration.ingress.fqdn}'
